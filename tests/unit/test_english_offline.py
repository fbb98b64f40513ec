"""The English checking needs no network: every dictionary, spelling list and engine ships in a wheel."""
import subprocess
import sys
import textwrap


def test_the_checkers_load_their_data_with_the_network_cut_off():
    script = textwrap.dedent("""
        import socket
        def refuse(*args, **kwargs):
            raise OSError("network used")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from datetime import date
        from ilelln_xblocks.english import checking
        from ilelln_xblocks.english.listening import logic as listening_logic
        from ilelln_xblocks.english.vocabulary import logic as vocabulary_logic
        from ilelln_xblocks.english.writing import checks as writing_checks
        assert checking.check_answer("organize", ["organise"]).status == "correct"      # breame
        assert checking.check_answer("there", ["their"]).status == "wrong"              # pyspellchecker
        assert vocabulary_logic.check_recall("shelves", "shelf").status == "correct"    # lemminflect
        assert listening_logic.dictation("We post them.", "We post them today.")[1][-1][0] == "extra"  # jiwer
        assert vocabulary_logic.review(None, True, date(2026, 12, 1))["due"] > "2026-12-01"              # fsrs
        issues = writing_checks.language_issues("We recieve a research every week.")                   # harper
        assert any(issue["text"].lower() == "recieve" for issue in issues), issues
        print("offline ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and "offline ok" in result.stdout, result.stderr[-2000:]
