#!/bin/sh
# Drives an interactive session in a pseudo-terminal (tmux) the way a person
# would, and prints the screen: tests/repl/tty.sh INTERPRETER SESSION.tty
#
# Each line of SESSION is typed and followed by Enter, once the prompt for
# it (the Nth `>>> ` or `... ` line on the screen) is showing; `{Name}` in a
# line presses tmux key Name (Up, Left, BSpace, C-a, ...). The screen is
# captured when the prompt after the last line shows. The interpreter runs
# with -q, so CPython's banner does not differ from Pyrite's.
set -u
interp=$1
session=$2
sock=pyrite-tty-$$
tmux -L "$sock" -f /dev/null new-session -d -s s -x 100 -y 60 "$interp -q"
trap 'tmux -L "$sock" kill-server 2>/dev/null' EXIT INT TERM

prompts() {
    tmux -L "$sock" capture-pane -p -t s 2>/dev/null | grep -cE '^(>>>|\.\.\.)( |$)'
}
wait_prompts() {
    i=0
    while [ "$(prompts)" -lt "$1" ]; do
        if ! tmux -L "$sock" has-session -t s 2>/dev/null; then
            echo "tty.sh: $interp exited before prompt number $1" >&2
            exit 1
        fi
        i=$((i + 1))
        if [ $i -gt 400 ]; then
            echo "tty.sh: no prompt number $1 after 20 s" >&2
            tmux -L "$sock" capture-pane -p -t s >&2
            exit 1
        fi
        sleep 0.05
    done
}

n=1
while IFS= read -r line || [ -n "$line" ]; do
    wait_prompts $n
    # `{Name}` in a line is the tmux key Name (Up, Left, BSpace, C-a, ...).
    printf '%s\n' "$line" | sed 's/{\([A-Za-z0-9-]*\)}/\n{\1}\n/g' | while IFS= read -r piece; do
        case "$piece" in
            '') ;;
            \{*\}) key=${piece#\{}; tmux -L "$sock" send-keys -t s "${key%\}}" ;;
            *) tmux -L "$sock" send-keys -t s -l -- "$piece" ;;
        esac
    done
    tmux -L "$sock" send-keys -t s Enter
    n=$((n + 1))
done < "$session"
wait_prompts $n
tmux -L "$sock" capture-pane -p -t s | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
