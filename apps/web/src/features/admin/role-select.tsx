import { ROLES, type Role } from '@portfolio/domain';

const ROLE_OPTIONS = ROLES.map((role) => <option key={role}>{role}</option>);

/** A user's role in the list of users: a select per row, named by its label alone. */
export function RoleSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Role;
  onChange: (role: Role) => void;
}) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as Role)}>
      {ROLE_OPTIONS}
    </select>
  );
}

/** The role of a new user or a new token, in their forms. */
export function RoleField({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  return (
    <label>
      Role
      <select value={value} onChange={(event) => onChange(event.target.value as Role)}>
        {ROLE_OPTIONS}
      </select>
    </label>
  );
}
