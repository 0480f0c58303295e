import { sh } from '../sh.ts';
import type { Recipe, Step } from '../types.ts';

const overlayModule: Step = {
  id: 'overlay-module',
  where: 'node',
  phase: 'configure',
  subject: 'overlay-module',
  title: 'Load the overlay module at every boot',
  from: 'enable-overlay',
  body: sh`
    write_file "$root/etc/modules-load.d/overlay.conf" <<'MODULES'
    overlay
    MODULES
  `,
};

const dockerInfoSaysOverlay: Step = {
  id: 'docker-runs-overlay',
  where: 'node',
  phase: 'verify',
  subject: 'docker',
  title: 'Docker runs overlay',
  from: 'enable-overlay',
  body: sh`
    info=$(docker info 2>/dev/null) || true
    if grep -qx 'Storage Driver: overlay' <<<"$info"; then
      ok "docker info: Storage Driver: overlay"
    else
      bad "docker info does not say Storage Driver: overlay"
    fi
  `,
};

const enableDocker: Step = {
  id: 'enable-docker',
  where: 'node',
  phase: 'configure',
  subject: 'docker',
  title: 'Start Docker at boot',
  from: 'enable-overlay',
  body: 'enable_unit docker',
};

/** CentOS: docker-storage-setup writes /etc/sysconfig/docker-storage; it reads only "--storage-driver overlay". */
const centos: Step[] = [
  {
    id: 'install-docker',
    where: 'node',
    phase: 'install',
    subject: 'docker',
    title: 'Install Docker',
    from: 'enable-overlay',
    body: 'install_packages docker',
  },
  overlayModule,
  {
    id: 'docker-storage-overlay',
    where: 'node',
    phase: 'configure',
    subject: 'docker',
    title: 'Have docker-storage-setup configure overlay, and drop --selinux-enabled',
    from: 'enable-overlay',
    body: sh`
      set_key "$root/etc/sysconfig/docker-storage-setup" STORAGE_DRIVER overlay
      # Options naming another driver make docker-storage-setup refuse to switch; emptied, it writes overlay's.
      storage="$root/etc/sysconfig/docker-storage"
      if [[ -f $storage ]] && ! has_text "$storage" '--storage-driver overlay' && grep -q '^DOCKER_STORAGE_OPTIONS=..*' "$storage"; then
        sed -i 's/^DOCKER_STORAGE_OPTIONS=.*/DOCKER_STORAGE_OPTIONS=/' "$storage"
        note_change "emptied DOCKER_STORAGE_OPTIONS for docker-storage-setup to rewrite at boot"
      fi
      if has_text "$root/etc/sysconfig/docker" '--selinux-enabled'; then
        sed -i 's/--selinux-enabled *//' "$root/etc/sysconfig/docker"
        note_change "took --selinux-enabled out of /etc/sysconfig/docker"
      fi
    `,
  },
  enableDocker,
  {
    id: 'docker-storage-readable',
    where: 'node',
    phase: 'check',
    subject: 'docker',
    title: 'docker-storage-setup will configure overlay at boot',
    from: 'enable-overlay',
    body: sh`
      if has_line "$root/etc/modules-load.d/overlay.conf" overlay; then ok "overlay loads at boot"; else bad "overlay is not in /etc/modules-load.d"; fi
      if has_line "$root/etc/sysconfig/docker-storage-setup" STORAGE_DRIVER=overlay; then ok "STORAGE_DRIVER=overlay"; else bad "STORAGE_DRIVER is not overlay"; fi
      options=""
      if [[ -f $root/etc/sysconfig/docker-storage ]]; then
        options=$(sed -n 's/^DOCKER_STORAGE_OPTIONS=//p' "$root/etc/sysconfig/docker-storage")
        options=$\{options#\"}
        options=$\{options%\"}
      fi
      # docker-storage-setup's own reading (get_existing_storage_driver): "--storage-driver overlay" or "-s overlay".
      if [[ -z $options || $options =~ --storage-driver\ +overlay || $options =~ (^|\ )-s\ +overlay ]]; then
        ok "DOCKER_STORAGE_OPTIONS=$options"
      else
        bad "DOCKER_STORAGE_OPTIONS=$options: docker-storage-setup would fail at boot"
      fi
      if has_text "$root/etc/sysconfig/docker" --selinux-enabled; then bad "/etc/sysconfig/docker still has --selinux-enabled"; else ok "no --selinux-enabled"; fi
    `,
  },
  {
    id: 'docker-storage-setup-ran',
    where: 'node',
    phase: 'verify',
    subject: 'docker',
    title: 'docker-storage-setup ran at boot',
    from: 'enable-overlay',
    body: sh`
      if systemctl is-failed --quiet docker-storage-setup; then
        bad "docker-storage-setup failed at boot: journalctl -u docker-storage-setup says why"
      else
        ok "docker-storage-setup did not fail"
      fi
    `,
  },
  dockerInfoSaysOverlay,
];

/** Debian and Ubuntu: Docker's packages on systemd ignore /etc/default/docker; 1.10+ read daemon.json. */
const debian: Step[] = [
  {
    id: 'install-docker',
    where: 'node',
    phase: 'install',
    subject: 'docker',
    title: 'Install Docker, unless Docker\'s own docker-engine package is there',
    from: 'enable-overlay',
    body: sh`
      # Ubuntu 16.04 ships docker.io in main; on Debian 8, install docker-engine from Docker's repository first.
      if ! package_installed docker-engine; then
        install_packages docker.io
      fi
    `,
  },
  overlayModule,
  {
    id: 'docker-daemon-json-overlay',
    where: 'node',
    phase: 'configure',
    subject: 'docker',
    title: 'Set overlay in /etc/docker/daemon.json',
    from: 'enable-overlay',
    body: sh`
      json="$root/etc/docker/daemon.json"
      if [[ ! -f $json ]]; then
        write_file "$json" <<'JSON'
      { "storage-driver": "overlay" }
      JSON
      elif ! grep -Eq '"storage-driver" *: *"overlay"' "$json"; then
        die "$json exists without \"storage-driver\": \"overlay\": merge it in by hand, then run this again"
      fi
      # dockerd refuses a directive given both as a flag and in daemon.json.
      if [[ -f $root/etc/default/docker ]] && grep -Eq '^DOCKER_OPTS=.*(--storage-driver|-s )' "$root/etc/default/docker"; then
        die "DOCKER_OPTS in /etc/default/docker sets a storage driver too: take it out"
      fi
    `,
  },
  enableDocker,
  {
    id: 'docker-daemon-json-readable',
    where: 'node',
    phase: 'check',
    subject: 'docker',
    title: 'Docker will start on overlay',
    from: 'enable-overlay',
    body: sh`
      if has_line "$root/etc/modules-load.d/overlay.conf" overlay; then ok "overlay loads at boot"; else bad "overlay is not in /etc/modules-load.d"; fi
      if grep -Eq '"storage-driver" *: *"overlay"' "$root/etc/docker/daemon.json"; then ok "daemon.json: overlay"; else bad "daemon.json does not set overlay"; fi
      # /etc/docker/daemon.json is read from Docker 1.10 on; an older daemon would ignore it.
      version=$(docker --version 2>/dev/null || true)
      if [[ $version =~ version\ 1\.([0-9]+)\. ]] && ((BASH_REMATCH[1] < 10)); then
        bad "$version: daemon.json needs Docker 1.10 or later"
      else
        ok "$\{version:-docker}"
      fi
    `,
  },
  dockerInfoSaysOverlay,
];

/** CoreOS: Docker comes configured; the plan checks its driver and changes nothing. */
const coreos: Step[] = [
  {
    id: 'docker-present',
    where: 'node',
    phase: 'install',
    subject: 'docker',
    title: 'Docker is in the image',
    from: 'enable-overlay',
    body: 'install_packages docker',
  },
  dockerInfoSaysOverlay,
];

export const enableOverlay: Recipe = ({ os }) => ({ centos, debian, coreos })[os];
