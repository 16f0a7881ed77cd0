"""Helpers for tests that start real processes on 127.0.0.1: free ports, clean stops, a Chroma server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_process(proc: subprocess.Popen, timeout: float = 15) -> None:
    """Terminate, then kill if it does not go within ``timeout`` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)


class ChromaServer:
    """``chroma run`` from the installed chromadb on 127.0.0.1, a free port and a temp dir."""

    def __init__(self, data_dir: Path, log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log_path = log_path
        self._log = log_path.open("wb")
        chroma = Path(sys.executable).parent / "chroma"
        self.proc = subprocess.Popen(
            [str(chroma), "run", "--path", str(data_dir), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.proc.returncode}: {self._log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"chroma server did not answer its heartbeat within {timeout} s")
            time.sleep(0.2)

    def stop(self) -> None:
        stop_process(self.proc)
        self._log.close()


# --- filesystem faults (real mounts; the tests skip with the reason when mounting is not allowed) --------


def _mount(*args: str) -> None:
    out = subprocess.run(["mount", *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise OSError(out.stderr.strip() or f"mount {' '.join(args)} failed")


def mount_tmpfs(path: Path, size: str, *, read_only: bool = False) -> None:
    """A fresh tmpfs of ``size`` (e.g. "64k": a disk that fills at once) on ``path``."""
    path.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"{'ro,' if read_only else ''}size={size}", "tmpfs", str(path))


def remount(path: Path, *, read_only: bool) -> None:
    _mount("-o", f"remount,{'ro' if read_only else 'rw'}", str(path))


def unmount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Write zeros into ``folder`` until its file system is full; returns the filler (delete it to free)."""
    import os

    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1):  # big blocks first, then down to the last byte
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def converse(bot, *turns: str):
    """Send ``turns`` to ``bot`` in one new conversation; the last reply."""
    conversation = bot.new_conversation()
    reply = None
    for turn in turns:
        reply = bot.reply(conversation, turn)
    assert reply is not None, "no turns"
    return reply
