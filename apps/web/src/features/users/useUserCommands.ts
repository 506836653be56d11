import { App } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../../app/api.ts';
import { useNotifyError } from '../../app/feedback.tsx';
import type { UserAbility, UserDto } from '../../app/types.ts';
import { useResetPassword, useStatusAction, type StatusAction } from './api.ts';
import type { IssuedPassword } from './components/InitialPasswordModal.tsx';

export type UserDialog =
  { kind: 'create' } | { kind: 'edit'; user: UserDto } | { kind: 'roles'; user: UserDto } | { kind: 'reveal'; user: UserDto };

const STATUS_TEXT: Record<StatusAction, { title: (u: UserDto) => string; content: string; done: string }> = {
  disable: {
    title: (u) => `停用用户“${u.displayName}”？`,
    content: '停用后该账号立即退出登录且无法再登录，可随时重新启用。账号及其历史记录不会被删除。',
    done: '已停用',
  },
  enable: { title: (u) => `启用用户“${u.displayName}”？`, content: '启用后该账号可以重新登录。', done: '已启用' },
  unlock: {
    title: (u) => `解锁用户“${u.displayName}”？`,
    content: '该账号因登录失败次数过多被锁定。请确认是本人操作后再解锁。',
    done: '已解锁',
  },
};

/**
 * What each row action does: dialogs for edit / roles / reveal, a confirmation then the command for the others.
 * A stale version (409 VERSION_CONFLICT) reloads the list and tells the user.
 */
export function useUserCommands(openDialog: (dialog: UserDialog) => void, showPassword: (issued: IssuedPassword) => void) {
  const { modal, message } = App.useApp();
  const notifyError = useNotifyError();
  const status = useStatusAction();
  const reset = useResetPassword();

  const onError = useCallback(
    (error: unknown) => {
      if (isApiError(error, 'VERSION_CONFLICT')) {
        void message.warning('该用户信息已被他人修改，列表已刷新，请核对后重试', 5);
      } else notifyError(error);
    },
    [message, notifyError],
  );

  return useCallback(
    (ability: UserAbility, user: UserDto) => {
      switch (ability) {
        case 'edit':
          openDialog({ kind: 'edit', user });
          return;
        case 'assignRoles':
          openDialog({ kind: 'roles', user });
          return;
        case 'reveal':
          openDialog({ kind: 'reveal', user });
          return;
        case 'resetPassword':
          modal.confirm({
            title: `重置“${user.displayName}”的密码？`,
            content: '将生成新的初始密码，该用户的所有登录立即失效，下次登录须修改密码。',
            okText: '重置密码',
            okButtonProps: { danger: true },
            onOk: () =>
              reset
                .mutateAsync(user)
                .then((r) =>
                  showPassword({
                    title: '密码已重置',
                    username: user.username,
                    displayName: user.displayName,
                    password: r.initialPassword,
                  }),
                )
                .catch(onError),
          });
          return;
        case 'disable':
        case 'enable':
        case 'unlock': {
          const text = STATUS_TEXT[ability];
          modal.confirm({
            title: text.title(user),
            content: text.content,
            okText: '确定',
            okButtonProps: { danger: ability === 'disable' },
            onOk: () =>
              status
                .mutateAsync({ user, action: ability })
                .then(() => void message.success(`${user.displayName} ${text.done}`))
                .catch(onError),
          });
          return;
        }
      }
    },
    [modal, message, openDialog, showPassword, reset, status, onError],
  );
}
