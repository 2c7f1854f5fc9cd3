import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@portfolio/domain';
import { type Command, UsageError, withApi } from '../cli-support.ts';
import { promptHidden } from '../prompt.ts';

export function parseRole(text: string | undefined): Role {
  if (!ROLES.includes(text as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  return text as Role;
}

export const user: Command = {
  summary: 'add a user (password from PORTFOLIO_PASSWORD or prompted)',
  usage: 'user add --email E --role admin|ops|finance|viewer [--name N]',
  async run(args, config) {
    const [action, ...rest] = args;
    if (action !== 'add') throw new UsageError('user needs the action "add"');
    const { values } = parseArgs({
      args: rest,
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    });
    if (!values.email) throw new UsageError('user add needs --email');
    const role = parseRole(values.role);
    const password = config.password ?? (await promptHidden(`Password for ${values.email}: `));
    const created = await withApi(config, 'portfolio user', ({ api }) =>
      api.admin.createUser({
        email: values.email ?? '',
        name: values.name ?? '',
        role,
        password,
      }),
    );
    console.log(`Added ${created.email} as ${created.role}.`);
  },
};
