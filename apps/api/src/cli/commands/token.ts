import { parseArgs } from 'node:util';
import { type Command, UsageError, withApi } from '../cli-support.ts';
import { parseRole } from './user.ts';

export const token: Command = {
  summary: 'create an API token for scripts (shown once) or revoke one',
  usage: 'token create --name N --role viewer|… | token revoke --id N',
  async run(args, config) {
    const [action, ...rest] = args;
    const { values } = parseArgs({
      args: rest,
      options: { name: { type: 'string' }, role: { type: 'string' }, id: { type: 'string' } },
    });
    if (action === 'create') {
      if (!values.name) throw new UsageError('token create needs --name');
      const role = parseRole(values.role);
      const created = await withApi(config, 'portfolio token', ({ api }) =>
        api.admin.createToken({ name: values.name ?? '', role }),
      );
      console.log(
        `Created token #${created.id} "${created.name}" (${created.role}). It is shown only this once:`,
      );
      console.log(created.secret);
      return;
    }
    if (action === 'revoke') {
      const id = Number(values.id);
      if (!Number.isInteger(id) || id < 1) throw new UsageError('token revoke needs --id N');
      await withApi(config, 'portfolio token', ({ api }) => api.admin.revokeToken({ id }));
      console.log(`Revoked token #${id}.`);
      return;
    }
    throw new UsageError('token needs the action "create" or "revoke"');
  },
};
