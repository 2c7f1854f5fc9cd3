import { NavLink } from 'react-router';

const SECTIONS = [
  { to: '/data-entry', label: 'Engagements', end: true },
  { to: '/data-entry/vendors', label: 'Vendors', end: false },
  { to: '/data-entry/fx-rates', label: 'FX rates', end: false },
  { to: '/import', label: 'Import a CSV file', end: false },
];

/** The sections of data entry. */
export function DataEntryNav() {
  return (
    <nav className="subnav" aria-label="Data entry">
      {SECTIONS.map((section) => (
        <NavLink
          key={section.to}
          to={section.to}
          end={section.end}
          className={({ isActive }) => (isActive ? 'subnav__link subnav__link--active' : 'subnav__link')}
        >
          {section.label}
        </NavLink>
      ))}
    </nav>
  );
}
