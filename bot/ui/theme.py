"""The page's look and small behaviours: theme, CSS and the script put in the page head.

Colours are chosen for at least 4.5:1 contrast in light and dark mode (checked by axe-core in the browser
tests). The head script makes [n] markers open and show their source, and makes the copy button copy the
message as plain text (the message is HTML; Gradio would copy the markup).
"""

from __future__ import annotations

import gradio as gr


def build_theme() -> gr.themes.Base:
    return gr.themes.Default().set(
        # Gradio's defaults for hints and secondary text are too faint (under 2:1 on white).
        block_info_text_color="#4b5563",
        block_info_text_color_dark="#d1d5db",
        body_text_color_subdued="#4b5563",
        body_text_color_subdued_dark="#d1d5db",
        input_placeholder_color="#6b7280",
        input_placeholder_color_dark="#9ca3af",
        link_text_color="#1d4ed8",
        link_text_color_dark="#93c5fd",
        link_text_color_visited="#6d28d9",
        link_text_color_visited_dark="#c4b5fd",
        # The primary button's white text needs a darker orange than the default.
        button_primary_background_fill="#c2410c",
        button_primary_background_fill_hover="#9a3412",
        button_primary_background_fill_dark="#c2410c",
        button_primary_background_fill_hover_dark="#9a3412",
        button_primary_text_color="#ffffff",
        button_primary_text_color_dark="#ffffff",
    )


CSS = """
.reply .answer p:first-child {margin-top: 0;}
.reply details {margin-top: 6px; font-size: 0.92em;}
.reply details summary {cursor: pointer; font-weight: 600; padding: 2px 0;}
.reply a.cite-ref {text-decoration: none; font-size: 0.85em; vertical-align: super; color: #1d4ed8;}
.dark .reply a.cite-ref {color: #93c5fd;}
.reply li.cite-target {outline: 2px solid #1d4ed8; outline-offset: 2px;}
.tool-card {border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 10px; margin: 6px 0; font-size: 0.92em;
  overflow-x: auto;}
.tool-card .tool-name {font-weight: 600; margin-bottom: 4px;}
.tool-card table {border-collapse: collapse; margin: 4px 0; width: 100%;}
.tool-card th, .tool-card td {border: 1px solid #d0d7de; padding: 2px 6px; text-align: left; vertical-align: top;}
.tool-card .tool-args th, .tool-card .tool-result th {width: 45%; font-weight: 500;}
.tool-card caption {text-align: left; font-size: 0.9em; color: #374151;}
.dark .tool-card caption {color: #e5e7eb;}
.tool-error {border-color: #b91c1c;}
details.citations blockquote {margin: 2px 0 6px 0; padding-left: 8px; border-left: 3px solid #9ca3af; color: #1f2937;}
.dark details.citations blockquote {color: #e5e7eb; border-left-color: #9ca3af;}
.cite-meta {color: #374151;}
.dark .cite-meta {color: #d1d5db;}
.field-error {color: #b91c1c; min-height: 0;}
.dark .field-error {color: #fca5a5;}
.small-note, .small-note p {font-size: 0.9em;}
#examples button.example {text-align: left; justify-content: flex-start; white-space: normal; height: auto;}
"""

# Plain JS in the page head (no external files). Delegated listeners, so they also work for messages
# added later.
HEAD = """
<script>
(() => {
  document.addEventListener("click", (event) => {
    const ref = event.target.closest && event.target.closest("a.cite-ref");
    if (ref) {
      event.preventDefault();
      const message = ref.closest(".reply") || document;
      const target = message.querySelector("li[id='" + ref.getAttribute("href").slice(1) + "']")
        || document.getElementById(ref.getAttribute("href").slice(1));
      if (!target) return;
      const details = target.closest("details");
      if (details) details.open = true;
      target.classList.add("cite-target");
      target.scrollIntoView({block: "nearest"});
      setTimeout(() => target.classList.remove("cite-target"), 2000);
      return;
    }
    const copy = event.target.closest && event.target.closest("#chatbot button");
    if (!copy) return;
    const label = (copy.getAttribute("aria-label") || copy.getAttribute("title") || "").toLowerCase();
    if (!label.includes("copy")) return;
    const bubble = copy.closest(".message-row");
    const message = bubble && (bubble.querySelector(".reply .answer") || bubble.querySelector(".reply")
      || bubble.querySelector("[data-testid='bot'], [data-testid='user']"));
    if (!message) return;
    const text = message.innerText.trim();
    // After Gradio's own handler (which copies the message's HTML source), put the plain text there.
    setTimeout(() => { navigator.clipboard && navigator.clipboard.writeText(text).catch(() => {}); }, 50);
  }, true);
})();
</script>
"""
