import { sh } from '../sh.ts';
import type { Placeholder, Recipe } from '../types.ts';
import { AWS_REGION } from './host.ts';

const MASTER_SECURITY_GROUP_ID: Placeholder = { name: 'MASTER_SECURITY_GROUP_ID', pattern: '^sg-[0-9a-f]+$', example: 'the masters\' security group id, such as sg-0a1b2c3d' };

/** untag-extra-security-groups: from the workstation, and only while the tag is still there. */
export const untagExtraSecurityGroups: Recipe = () => [
  {
    id: 'untag-masters-security-group',
    where: 'workstation',
    phase: 'configure',
    subject: 'security-groups',
    title: 'Take the cluster tag off the masters\' security group',
    from: 'untag-extra-security-groups',
    needs: [AWS_REGION, MASTER_SECURITY_GROUP_ID],
    body: sh`
      tagged=$(aws --region "$AWS_REGION" ec2 describe-tags --filters "Name=resource-id,Values=$MASTER_SECURITY_GROUP_ID" Name=key,Values=KubernetesCluster --query 'Tags[].Key' --output text)
      if [[ -n $tagged ]]; then
        aws --region "$AWS_REGION" ec2 delete-tags --resources "$MASTER_SECURITY_GROUP_ID" --tags Key=KubernetesCluster
        note_change "removed KubernetesCluster from $MASTER_SECURITY_GROUP_ID"
      fi
    `,
  },
  {
    id: 'masters-security-group-untagged',
    where: 'workstation',
    phase: 'check',
    subject: 'security-groups',
    title: 'The masters\' security group no longer carries the cluster tag',
    from: 'untag-extra-security-groups',
    body: sh`
      tagged=$(aws --region "$AWS_REGION" ec2 describe-tags --filters "Name=resource-id,Values=$MASTER_SECURITY_GROUP_ID" Name=key,Values=KubernetesCluster --query 'Tags[].Key' --output text)
      if [[ -z $tagged ]]; then ok "$MASTER_SECURITY_GROUP_ID is untagged"; else bad "$MASTER_SECURITY_GROUP_ID still carries KubernetesCluster"; fi
      log "    Check that the cluster still comes up cleanly (cncf/demo#144): other controller code may want the masters' group tagged."
    `,
  },
];
