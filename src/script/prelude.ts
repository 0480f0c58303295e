// Generated once from shell sources checked with shellcheck; edit here, and the script tests re-check it.
// Template literals: \${ and \\ in this file are ${ and \ in the script.

/** The helpers every script starts with: idempotent writes, steps, checks, and the placeholder guard. */
export const PRELUDE = `# ---------------------------------------------------------------------------------------------------------
# Helpers. Each one changes something only when it is not already so, and says when it does: a second run
# on a finished node changes nothing.
# ---------------------------------------------------------------------------------------------------------

# For the test harness only: a directory that stands in for / . Leave it unset on a node.
root="\${K8S_ADVENTURE_ROOT:-}"
changes=0
failures=0

log() { printf '%s\\n' "$*"; }
die() {
  printf 'k8s-adventure plan: %s\\n' "$*" >&2
  exit 1
}
# The step now running, for the log (and for the test harness, which records it with each command).
step() {
  export K8S_ADVENTURE_STEP="$1 $2"
  log "==> [$1] $2: $3"
}
note_change() {
  changes=$((changes + 1))
  log "    changed: $*"
}
ok() { log "    ok: $*"; }
bad() {
  failures=$((failures + 1))
  log "    FAILED: $*"
}

need_var() {
  local name=$1 pattern=$2 example=$3 value
  value=\${!name:-}
  [[ -n $value ]] || die "set $name first ($example): the plan will not run without it"
  [[ $value =~ $pattern ]] || die "$name=$value does not look like $example"
}
need_root() {
  [[ $(id -u) == 0 ]] || die "run the node part as root"
}
# The plan was made for one OS family; running it on another would configure the wrong files.
need_os() {
  local want=$1 id=""
  if [[ -r $root/etc/os-release ]]; then
    id=$(
      # shellcheck disable=SC1091
      . "$root/etc/os-release"
      printf '%s' "\${ID:-}"
    )
  fi
  case "$want:$id" in
  centos:centos | debian:debian | debian:ubuntu | coreos:coreos) ;;
  *) die "this plan is for $want, and this host's /etc/os-release says ID=\${id:-nothing}" ;;
  esac
}

# Writes a file from standard input unless it already holds exactly that.
write_file() {
  local path=$1 content want
  IFS= read -r -d '' content || true
  want=$(printf '%s' "$content")
  if [[ -f $path && "$(<"$path")" == "$want" ]]; then
    return 0
  fi
  mkdir -p "\${path%/*}"
  printf '%s\\n' "$want" >"$path"
  note_change "wrote \${path#"$root"}"
}
# Sets KEY=VALUE in a shell-style file, replacing an earlier assignment of KEY.
set_key() {
  local path=$1 key=$2 value=$3
  if [[ -f $path ]] && grep -qxF -- "$key=$value" "$path"; then
    return 0
  fi
  if [[ -f $path ]] && grep -q "^$key=" "$path"; then
    sed -i "s|^$key=.*|$key=$value|" "$path"
  else
    mkdir -p "\${path%/*}"
    printf '%s=%s\\n' "$key" "$value" >>"$path"
  fi
  note_change "set $key=$value in \${path#"$root"}"
}
has_line() { [[ -f $1 ]] && grep -qxF -- "$2" "$1"; }
has_text() { [[ -f $1 ]] && grep -qF -- "$2" "$1"; }

enable_unit() {
  if ! systemctl is-enabled --quiet "$1" 2>/dev/null; then
    systemctl enable "$1"
    note_change "enabled $1"
  fi
}
# Runs a bash snippet's unit writes through write_file, and reloads systemd when one changed.
write_unit() {
  local before=$changes
  write_file "$1"
  if ((changes > before)); then
    systemctl daemon-reload
  fi
}
`;

/** install_packages for a package manager: installs, in one call, only what is not installed yet. */
const installPackages = (install: readonly string[]) => `install_packages() {
  local package missing=()
  for package in "$@"; do
    package_installed "$package" || missing+=("$package")
  done
  if ((\${#missing[@]})); then
${install.map((line) => `    ${line}\n`).join('')}    note_change "installed \${missing[*]}"
  fi
}
`;

/** Packages on centos. */
export const PACKAGES_CENTOS = `# Packages, the yum way: one transaction for what rpm does not know yet.
package_installed() { rpm -q "$1" >/dev/null 2>&1; }
${installPackages(['yum install -y "\${missing[@]}"'])}`;

/** Packages on debian. */
export const PACKAGES_DEBIAN = `# Packages, the apt way: the lists are refreshed only when something is missing.
package_installed() {
  # shellcheck disable=SC2016 # \${Status} is dpkg-query's field, not a shell variable
  [[ "$(dpkg-query -W -f='\${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}
${installPackages(['DEBIAN_FRONTEND=noninteractive apt-get update -q', 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q "\${missing[@]}"'])}`;

/** Packages on coreos. */
export const PACKAGES_COREOS = `# No package manager on CoreOS: what the image lacks cannot be installed here, only reported.
package_installed() { command -v "$1" >/dev/null; }
install_packages() {
  local tool
  for tool in "$@"; do
    package_installed "$tool" || die "$tool is not in this CoreOS image: provide it another way, then run this again"
  done
}
`;
