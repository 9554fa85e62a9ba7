#!/usr/bin/env bash
# The course's two entry points. Each first installs whatever Debian packages are missing
# (it costs a second when nothing is), so both work on a fresh Debian machine with Swift.
#
#   ./run.sh chapter01 [options]   build and run a chapter's demo (--help lists the options)
#   ./run.sh install               the Debian packages the course needs (what the two below install first)
#   ./run.sh test                  the whole test suite, as CI runs it (in a learner edition,
#                                  without solutions/, the tests but the exercises', then `course list`):
#       1. exercises/ matches what `course generate` makes from solutions/
#       2. every test passes against the solutions (COURSE_SOLUTIONS=1, build folder .build-solutions)
#       3. every exercise part fails against the learner's stubs (build folder .build), saying
#          "not implemented yet", as `course check --all --json` reads the verdicts from the tests'
#          event record and writes them as a report (no console line is counted); a part that passes on a stub
#          fails the run; and every `chapterNN --mine` on the stubs stops before training, naming
#          its first part
#       4. every chapter's demo runs with --quick
#       5. the CI set-ups (learner-ci/, the instructor's .github/ and .gitlab-ci.yml) match GitHub's
#          and GitLab's published schemas, and a learner edition's CI, run here step by step as
#          its runner would, reports what its learner did
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(libopenblas-dev gnuplot-nox dataset-fashion-mnist wamerican fortunes r-cran-dslabs zlib1g-dev pkg-config)
# The test suite's own: Python's venv, for the schema checker of the CI set-ups (check 5).
TEST_PACKAGES=(python3-venv)

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]} ..."
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

run_chapter() {
    local chapter="$1"
    shift
    swift run "$chapter" "$@"
}

# A learner edition (`course release`) has no solutions/: its test command runs every test
# but the exercises', which must pass, then shows each exercise part's status.
run_learner_tests() {
    echo "== Learner edition: every test except the exercises', then the status of each exercise part"
    swift build --build-tests
    swift test --skip-build --skip 'Exercise[0-9]'
    swift run course list
}

# The CI set-ups against SchemaStore's schemas of GitHub workflows and GitLab CI, which
# check-jsonschema (from PyPI, installed once into .build-tools/venv) ships.
check_ci_schemas() {
    local venv=.build-tools/venv
    if [ ! -x "$venv/bin/check-jsonschema" ]; then
        python3 -m venv "$venv" && "$venv/bin/pip" install -q "check-jsonschema==0.39.0" || return 1
    fi
    local shards
    shards=$(mktemp --suffix .yml)
    sed 's/@SHARDS@/3/' instructor-ci/gitlab-grade-shards.yml >"$shards"
    "$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows learner-ci/github-course.yml \
        .github/workflows/grade-class.yml &&
        "$venv/bin/check-jsonschema" --builtin-schema vendor.gitlab-ci learner-ci/gitlab-ci.yml .gitlab-ci.yml "$shards"
    local status=$?
    rm -f "$shards"
    return $status
}

run_tests() {
    if [ ! -d solutions ]; then run_learner_tests; return; fi
    local log passed=0 failed=0
    log=$(mktemp -d)
    trap 'rm -rf "$log"' RETURN
    check() { # check NAME: count one check, passed or failed by the last command's status
        if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok: $1"; else failed=$((failed + 1)); echo "FAILED: $1"; fi
    }

    echo "== Building against the solutions (COURSE_SOLUTIONS=1, .build-solutions)"
    COURSE_SOLUTIONS=1 swift build --build-tests --scratch-path .build-solutions
    local bin=.build-solutions/debug

    echo "== 1. exercises/ is what solutions/ generate"
    set +e
    "$bin/course" generate --check | tee "$log/generate.txt"
    check "exercises/ is up to date with solutions/" "${PIPESTATUS[0]}"
    # The number of exercise parts, as the generator counts them in solutions/.
    local parts
    parts=$(grep -oE '\([0-9]+ parts\)' "$log/generate.txt" | grep -oE '[0-9]+')

    echo "== 2. Every test against the solutions"
    # All but the learner edition's CI, a build of its own, which check 5 runs alone.
    COURSE_SOLUTIONS=1 swift test --skip-build --scratch-path .build-solutions --skip LearnerWorkflowTests 2>&1
    check "all tests pass against the solutions" $?
    set -e

    echo "== 3. Every exercise part against the stubs must fail, as not implemented"
    swift build --build-tests
    set +e
    # `course check --all` runs every part, reads each verdict from the tests' event record and
    # writes them as a JSON report. On the stubs every part must be "not started" (its message:
    # not implemented yet): the report must hold exactly $parts verdicts, each of them that.
    "$bin/course" check --all --json "$log/stubs.json" >"$log/stubs.txt" 2>&1
    grep -E '^[✔✘]' "$log/stubs.txt"
    tail -n 1 "$log/stubs.txt"
    local verdicts notStarted
    verdicts=$(grep -c '"verdict"' "$log/stubs.json" 2>/dev/null)
    notStarted=$(grep -c '"verdict" : "not started"' "$log/stubs.json" 2>/dev/null)
    echo "the report: $notStarted of $verdicts verdicts \"not started\", $parts parts in solutions/"
    [ -n "$parts" ] && [ "$parts" -gt 0 ] && [ "$verdicts" = "$parts" ] && [ "$notStarted" = "$parts" ]
    local stubStatus=$?
    [ $stubStatus -ne 0 ] && tail -n 60 "$log/stubs.txt"
    check "every exercise part fails on its stub, as not implemented ($parts parts)" $stubStatus
    for folder in chapters/[0-9][0-9]-*/; do
        # A chapter whose notes arrive before its demo has nothing to run yet.
        compgen -G "${folder}Chapter*.swift" >/dev/null || continue
        local chapter="${folder:9:2}"
        swift build --product "chapter$chapter" >/dev/null
        ".build/debug/chapter$chapter" --mine --quick --no-plots >"$log/mine.txt" 2>&1
        local mineStatus=$?
        tail -n 2 "$log/mine.txt"
        # Stopped before its first section ("1. ...") began.
        [ $mineStatus -ne 0 ] && grep -q "but ${chapter#0}\.1 (" "$log/mine.txt" && ! grep -q "^1\. " "$log/mine.txt"
        check "chapter$chapter --mine on the stubs stops at once, naming part ${chapter#0}.1" $?
    done

    echo "== 4. Every chapter with --quick"
    for folder in chapters/[0-9][0-9]-*/; do
        compgen -G "${folder}Chapter*.swift" >/dev/null || continue
        local chapter="chapter${folder:9:2}"
        "$bin/$chapter" --quick --plots-dir "$log/plots" >"$log/$chapter.txt" 2>&1
        local status=$?
        tail -n 12 "$log/$chapter.txt"
        if [ $status -eq 0 ] && ! tail -n 1 "$log/$chapter.txt" | grep -qE '^[^:]+: .+$'; then
            echo "$chapter did not end with its headline figures (name: value)"
            status=1
        fi
        check "$chapter --quick" $status
    done

    echo "== 5. The CI set-ups: the published schemas, and a learner edition's CI run here as its runner would"
    check_ci_schemas
    check "the CI set-ups match GitHub's and GitLab's schemas" $?
    COURSE_SOLUTIONS=1 swift test --skip-build --scratch-path .build-solutions --filter LearnerWorkflowTests 2>&1
    check "a learner edition's CI (two parts solved, one crashing) reports two passed and one crashed" $?
    set -e

    echo
    echo "checks: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

case "${1:-}" in
    chapter[0-9][0-9])
        install_missing
        run_chapter "$@"
        ;;
    test)
        # A learner edition (no solutions/) runs no check 5, so needs none of its packages.
        if [ -d solutions ]; then install_missing "${TEST_PACKAGES[@]}"; else install_missing; fi
        run_tests
        ;;
    install)
        install_missing
        ;;
    *)
        echo "usage: ./run.sh chapterNN [options]   run a chapter's demo (try ./run.sh chapter01 --help)"
        echo "       ./run.sh test                  run the whole test suite"
        echo "       ./run.sh install               install the Debian packages the course needs, and nothing else"
        exit 2
        ;;
esac
