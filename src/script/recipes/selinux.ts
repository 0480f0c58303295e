import type { NodeId } from '../../../machines/index.ts';
import { sh } from '../sh.ts';
import type { Recipe } from '../types.ts';

/** Permissive now (setenforce fails when SELinux is off, hence the test) and the mode at every boot. */
const setMode =
  (mode: 'permissive' | 'disabled', from: NodeId): Recipe =>
  () => {
    const shown = mode === 'permissive' ? 'Permissive' : 'Disabled';
    return [
      {
        id: 'selinux-mode',
        where: 'node',
        phase: 'configure',
        subject: 'selinux',
        title: `Set SELinux to ${mode}`,
        from,
        body: sh`
          if [[ -f $root/etc/selinux/config ]]; then
            if command -v getenforce >/dev/null && [[ $(getenforce) == Enforcing ]]; then
              setenforce 0
              note_change "SELinux permissive until the reboot"
            fi
            set_key "$root/etc/selinux/config" SELINUX ${mode}
          else
            ok "SELinux is not installed"
          fi
        `,
      },
      {
        id: 'selinux-config',
        where: 'node',
        phase: 'check',
        subject: 'selinux',
        title: `SELinux is ${mode} at the next boot`,
        from,
        body: sh`
          if [[ ! -f $root/etc/selinux/config ]] || has_line "$root/etc/selinux/config" SELINUX=${mode}; then
            ok "SELINUX=${mode}, or no SELinux"
          else
            bad "/etc/selinux/config does not say SELINUX=${mode}"
          fi
        `,
      },
      {
        id: 'selinux-live',
        where: 'node',
        phase: 'verify',
        subject: 'selinux',
        title: `SELinux is ${mode} on the booted node`,
        from,
        body: sh`
          if ! command -v getenforce >/dev/null || [[ ! -f $root/etc/selinux/config ]]; then
            ok "no SELinux"
          elif [[ $(getenforce) == ${shown} ]]; then
            ok "getenforce: ${shown}"
          else
            bad "getenforce says $(getenforce), not ${shown}"
          fi
        `,
      },
    ];
  };

export const selinuxPermissive = setMode('permissive', 'selinux-permissive');
export const selinuxDisabled = setMode('disabled', 'selinux-disabled');

/** relabel-kubelet-dir: chcon only when the label is not already the containers' one. */
export const relabelKubeletDir: Recipe = () => [
  {
    id: 'relabel-kubelet-dir',
    where: 'node',
    phase: 'configure',
    subject: 'kubelet-dir',
    title: 'Label /var/lib/kubelet for containers',
    from: 'relabel-kubelet-dir',
    body: sh`
      dir="$root/var/lib/kubelet"
      if [[ ! -d $dir ]]; then
        mkdir -p "$dir"
        note_change "created /var/lib/kubelet"
      fi
      if [[ $(stat -c %C "$dir") != *:svirt_sandbox_file_t:* ]]; then
        chcon -Rt svirt_sandbox_file_t "$dir"
        note_change "labelled /var/lib/kubelet svirt_sandbox_file_t"
      fi
    `,
  },
  {
    id: 'kubelet-dir-label',
    where: 'node',
    phase: 'verify',
    subject: 'kubelet-dir',
    title: '/var/lib/kubelet keeps its label across the reboot',
    from: 'relabel-kubelet-dir',
    body: sh`
      label=$(stat -c %C "$root/var/lib/kubelet")
      if [[ $label == *:svirt_sandbox_file_t:* ]]; then ok "$label"; else bad "/var/lib/kubelet is labelled $label"; fi
    `,
  },
];
