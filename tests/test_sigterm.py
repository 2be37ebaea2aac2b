"""SIGTERM (kill PID, a cancelled CI job, a stopped service) is handled like Ctrl-C.

The parent used to die at once and leave its --jobs workers running, orphaned. Now it stops
the pool, removes partial output and exits 143 (128 + SIGTERM).
"""
from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

import tests.cli_helpers as H
from checker import cli

ROOT = pathlib.Path(__file__).resolve().parents[1]
HEAD = "Published 25 May 2024\n\n"


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (state is [0], ppid [1], start [19])."""
    try:
        return pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _children(pid: int) -> dict[int, str]:
    """Child processes of PID, each with its start time (to tell a reused pid apart)."""
    out = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st and st[1] == str(pid):
                out[int(entry)] = st[19]
    return out


def _alive(pid: int, start: str) -> bool:
    st = _stat(pid)
    return st is not None and st[19] == start and st[0] != "Z"


@pytest.mark.skipif(not os.path.isdir("/proc/self") or sys.platform != "linux", reason="needs /proc")
def test_sigterm_stops_the_workers_and_exits_143(tmp_path):
    # Several stories (so that the pool starts) of sentences with dates, figures and sources:
    # seconds of real work for each worker.
    for s in range(4):
        d = tmp_path / "in" / f"story{s}"
        d.mkdir(parents=True)
        for a in range(3):
            body = "".join(f"On May {1 + j % 28} about {1000 + j + a} people marched in Oslo, police said. "
                           + ("\n\n" if j % 5 == 0 else "") for j in range(1500))
            (d / f"a{a}.txt").write_text(HEAD + body, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.json"
    err_path = tmp_path / "stderr.txt"
    with open(err_path, "wb") as err_file:  # (a pipe would be held open by orphaned workers)
        proc = subprocess.Popen([sys.executable, "-m", "checker", "check", "--jobs", "2", "--format", "json",
                                 "--no-cache", "--no-progress", "--output", str(target), str(tmp_path / "in")],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err_file, start_new_session=True)
    workers: dict[int, str] = {}
    try:
        # Signal once the workers have started and spent some CPU time, not after a fixed delay.
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            workers = _children(proc.pid)
            cpu = 0.0
            for pid in workers:
                st = _stat(pid)
                if st:
                    cpu += (int(st[11]) + int(st[12])) / os.sysconf("SC_CLK_TCK")
            if len(workers) >= 2 and cpu >= 0.5:
                break
            time.sleep(0.02)
        if proc.poll() is not None:
            pytest.skip("finished before the signal could be sent")
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
        err = err_path.read_bytes()
        if code in (0, 1) and target.exists():
            pytest.skip("finished before the signal arrived")
        assert code == 143, err[-2000:]
        assert b"Traceback" not in err and b"terminated" in err
        assert not target.exists() and not os.listdir(out)  # no report, no temporary file
        assert workers
        deadline = time.monotonic() + 10
        while any(_alive(p, s) for p, s in workers.items()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [p for p, s in workers.items() if _alive(p, s)], "workers outlived the parent"
    finally:
        for pid, start in workers.items():
            if _alive(pid, start):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_terminated_maps_to_143_and_leaves_no_output(tmp_path, capsys, monkeypatch):
    # In process: the handler's exception, raised while the report is being written.
    from checker import report

    def terminated(fmt):
        def half_then_terminate(rep, stream, **k):
            stream.write('{"partial": ')
            cli._on_sigterm(signal.SIGTERM, None)

        return half_then_terminate

    monkeypatch.setattr(report, "get_reporter", terminated)
    d = H.story(tmp_path, {"a.txt": HEAD + "The summit opened on May 23, 2024 in Oslo, officials said.\n"})
    target = tmp_path / "out.json"
    code, out, err = H.run_main(["check", "--format", "json", "--no-cache", "--no-progress",
                                 "--output", str(target), str(d)], capsys)
    assert code == cli.EXIT_TERMINATED == 143
    assert "terminated" in err and "Traceback" not in err
    assert not target.exists() and not [p for p in os.listdir(tmp_path) if p.startswith(".crosscheck-")]
    # The handler is put back: the test process keeps its own SIGTERM disposition.
    assert signal.getsignal(signal.SIGTERM) is not cli._on_sigterm


def test_sigint_is_still_130(tmp_path, capsys, monkeypatch):
    from checker import report

    def interrupted(fmt):
        def half_then_interrupt(rep, stream, **k):
            raise KeyboardInterrupt

        return half_then_interrupt

    monkeypatch.setattr(report, "get_reporter", interrupted)
    d = H.story(tmp_path, {"a.txt": HEAD + "The summit opened on May 23, 2024 in Oslo, officials said.\n"})
    code, out, err = H.run_main(["check", "--format", "json", "--no-cache", "--no-progress", str(d)], capsys)
    assert code == 130 and "interrupted" in err
