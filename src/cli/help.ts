/** Help texts, one per command. Every flag here is also in the README. */
export const HELP: Record<string, string> = {
  main: `k8s-adventure: a choose-your-own-adventure guide to bringing up Kubernetes nodes

Usage
  k8s-adventure [--start-at ID] [--resume | --fresh] [--plain] [--no-color] [--no-probes | --host-dir DIR] [--timeout MS]
  k8s-adventure <command> [flags]

With no command, the adventure itself: a terminal UI on a TTY, numbered plain lines otherwise.
  --start-at ID    open at any node (a deep link), e.g. --start-at bridge-netfilter
  --resume         continue from the saved progress without asking
  --fresh          start over, ignoring the saved progress
  --plain          line-based mode: numbered choices, one answer per line (also when stdin is not a TTY, or TERM=dumb)
  --no-color       no colour (also NO_COLOR)
  --no-probes      never probe the host; "I don't know" then shows how to check by hand
  --host-dir DIR   probe a captured host (a mounted root, a fixture, an extracted sos report) instead of this machine
  --timeout MS     how long each probe may take before it counts as unknown: 1 to 600000 (default: 5000)

Keys: ↑↓/jk move · 1-9 select · enter take · p peek · b back · r restart · w report (at an ending) · q quit

Commands
  run       walk the graph with an answers file (CI, scripts)
  doctor    run every read-only probe on this host, a mounted root or a sos report
  why       find the node that explains an error, a warning or a log
  paths     list every path from the start to every ending
  export    print the whole graph with its content

Flags
  -h, --help       show help (also: k8s-adventure <command> --help)
  -v, --version    print the version

Examples
  k8s-adventure --start-at selinux-mode
  printf '1\n2\n' | k8s-adventure --plain
  echo '{"start":"from-scratch","host-os":"amazon-linux"}' | k8s-adventure run --answers -
  k8s-adventure paths --json > paths.json
  k8s-adventure export --format json | jq '.nodes[] | select(.kind == "doom") | .id'

Exit codes: 0 ready or done, 1 the walk ended in a doom, 2 bad input, 130 Ctrl+C; SIGTERM 143, SIGHUP 129.
Every way out saves progress: q, Ctrl+C, a signal, a closed terminal.
`,
  run: `k8s-adventure run: walk the graph headlessly with answers from a file

Usage
  k8s-adventure run --answers FILE|- [--start-at ID] [--json] [--report FILE] [--emit-script FILE [--os OS] [--force]]
                    [--probes [--host-dir DIR] [--timeout MS]]

Flags
  --answers FILE   JSON object {"<question-id>": "<choice-id>", ...}; '-' reads standard input
  --start-at ID    start at any node instead of the start (default: start)
  --json           print one JSON transcript instead of text
  --report FILE    also write a Markdown report: the path, each answer and who gave it, the fixes, the dooms avoided
  --emit-script FILE
                   at ready, write the plan as a bash script for the host OS the walk chose: 'bash FILE node' on
                   the node (reboots once), again after the boot to check; 'bash FILE workstation' for AWS
  --os OS          with --emit-script, for a walk that skipped the host question: centos, debian or coreos
  --force          with --emit-script: replace FILE if it exists (an existing FILE is otherwise left alone)
  --probes         answer open questions from the read-only probes (this machine, or --host-dir DIR)
  --host-dir DIR   with --probes: a captured host, a mounted root or an extracted sos report
  --timeout MS     with --probes: each probe's deadline, 1 to 600000 (default: 5000)
  -h, --help       show this help

Info and fix nodes are passed through; every question on the way needs an answer.

Examples
  k8s-adventure run --answers answers.json
  echo '{"bridge-netfilter":"echo-to-proc"}' | k8s-adventure run --answers - --start-at bridge-netfilter
  k8s-adventure paths --json | jq '.paths[0].answers' | k8s-adventure run --answers - --json
  k8s-adventure run --answers examples/centos-on-aws.json --emit-script plan.sh

Exit codes: 0 at the ready ending, 1 at a doom, 2 on bad input.
`,
  doctor: `k8s-adventure doctor: every read-only probe at once, grouped by chapter

Usage
  k8s-adventure doctor [--host-dir DIR] [--json] [--skip ID,...] [--timeout MS]

Flags
  --host-dir DIR   probe a captured host instead of this machine: a mounted root, a fixture, or an extracted sos report
  --json           print {"version", "host", "summary", "results": [...]}
  --skip ID,...    leave these probes out (ids as in the output)
  --timeout MS     give each probe this long before it counts as unknown: 1 to 600000 (default: 5000)
  -h, --help       show this help

Probes only read: no writes, no module loads, no sysctl changes, no installs.

Examples
  k8s-adventure doctor
  k8s-adventure doctor --host-dir /mnt/node-root --skip aws-instance,aws-cluster-tag,aws-security-groups
  k8s-adventure doctor --host-dir ./sosreport-node1-2016 --json | jq '.results[] | select(.status == "fail")'

Exit codes: 0 nothing failed (warn, unknown and n/a do not fail), 1 something failed, 2 bad input.
`,
  why: `k8s-adventure why: from a symptom back to the node that explains it

Usage
  k8s-adventure why "<text>" [--json]
  k8s-adventure why - [--json]            read standard input
  k8s-adventure why --file LOG [--json]
  k8s-adventure why                       on a terminal: paste it in, then jump into the adventure

Flags
  --file LOG       read a log file (any size: it is streamed)
  --json           print {"version", "lines", "matches": [{"id", "kind", "title", "means", "command", "count", "hits": [{"line", "text", "symptom"}]}]}
  -h, --help       show this help

Timestamps, journald prefixes, colour codes, case and lines wrapped by a terminal don't get in the way.
Text that starts with '-' goes after '--': k8s-adventure why -- "-- No entries --"

Examples
  k8s-adventure why 'error: "net.bridge.bridge-nf-call-iptables" is an unknown key'
  docker info 2>&1 | k8s-adventure why -
  journalctl -u kube-controller-manager | k8s-adventure why - --json
  k8s-adventure why --file /var/log/messages

Exit codes: 0 something matched, 1 nothing matched, 2 bad input.
`,
  paths: `k8s-adventure paths: every path from the start to every ending

Usage
  k8s-adventure paths [--json] [--start-at ID]

Flags
  --json           print {"version", "from", "paths": [{"answers": {...}, "ending": {"id", "kind"}}]}
  --start-at ID    list the paths from this node instead
  -h, --help       show this help

Each path's answers object is a ready-made answers file for 'k8s-adventure run'.

Examples
  k8s-adventure paths | grep '^ready'
  k8s-adventure paths --start-at selinux-mode --json
`,
  export: `k8s-adventure export: the whole graph, as data or as a diagram

Usage
  k8s-adventure export [--format json|mermaid|dot|npd] [--chapter ID] [--out FILE [--force]]

Flags
  --format json    every node with its id, kind, chapter, title, text, Markdown, symptoms, sources, probe, and its
                   choices with their targets (or its next node); fixes with their commands; dooms with their forks
  --format mermaid a Mermaid flowchart (Docusaurus, VitePress, MkDocs render it), shaped and coloured by kind
  --format dot     Graphviz DOT (dot -Tsvg renders it)
  --format npd     node-problem-detector log-monitor rules from the symptoms, one config per log source, as a
                   ConfigMap (kubectl apply -f - takes it); see deploy/kubernetes/npd/ in the README
  --chapter ID     draw one chapter (mermaid and dot)
  --out FILE       write to FILE instead of standard output; an existing FILE is left alone
  --force          with --out: replace FILE if it exists
  -h, --help       show this help

Examples
  k8s-adventure export | jq -r '.nodes[] | "\\(.kind)\\t\\(.id)"'
  k8s-adventure export --format mermaid --chapter netfilter --out netfilter.mmd
  k8s-adventure export --format dot | dot -Tsvg > walkthrough.svg
  k8s-adventure export --format npd | kubectl apply -f -
`,
};
