import { sh } from '../sh.ts';
import type { Placeholder, Recipe } from '../types.ts';

export const AWS_REGION: Placeholder = { name: 'AWS_REGION', pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$', example: 'an AWS region such as us-west-2' };

/** latest-centos-ami: the AMI lookup belongs to the workstation; the update is the node's first step. */
export const latestCentosAmi: Recipe = ({ os }) =>
  os !== 'centos'
    ? []
    : [
        {
          id: 'newest-centos-ami',
          where: 'workstation',
          phase: 'configure',
          subject: 'ami',
          title: 'Look up the newest official CentOS 7 image',
          from: 'latest-centos-ami',
          needs: [AWS_REGION],
          body: sh`
            ami=$(aws --region "$AWS_REGION" ec2 describe-images --owners aws-marketplace --filters Name=product-code,Values=aw0evgkw8e5c1q413zgy5pjce --query 'sort_by(Images,&CreationDate)[-1].[ImageId,Name,CreationDate]' --output text)
            if [[ -z $ami || $ami == None ]]; then
              die "no official CentOS 7 image in $AWS_REGION"
            fi
            ok "launch nodes from: $ami"
          `,
        },
        {
          id: 'yum-update',
          where: 'node',
          phase: 'install',
          subject: 'system',
          title: 'Update every package before installing anything',
          from: 'latest-centos-ami',
          body: sh`
            updates=0
            yum -q check-update >/dev/null || updates=$?
            case $updates in
            0) ok "nothing left to update" ;;
            100)
              yum update -y
              note_change "updated the system"
              ;;
            *) die "yum check-update failed (exit $updates)" ;;
            esac
          `,
        },
        {
          id: 'centos-release',
          where: 'node',
          phase: 'check',
          subject: 'system',
          title: 'The node is on CentOS 7.2 or later',
          from: 'centos-release',
          body: sh`
            release=$(<"$root/etc/centos-release")
            if [[ $release =~ release\ 7\.([0-9]+) ]] && ((BASH_REMATCH[1] >= 2)); then
              ok "$release"
            else
              bad "$release: overlay needs 7.2 or later (are the repositories pinned to an old release?)"
            fi
          `,
        },
      ];
