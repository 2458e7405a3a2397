// Class strings shared by pages and tables, so links and controls look the same everywhere. Links and
// muted text are classes of app/styles/base.css: tables repeat them on every row.
export const linkClass = 'link';
export const mutedClass = 'muted';
/** A filter form's select or input (.control in app/styles/base.css: a form has seven). */
export const controlClass = 'control';
/** A primary button (.button in app/styles/base.css). */
export const buttonClass = 'button';
export const secondaryButtonClass = 'button-secondary';
/** A section's heading (.section-title in app/styles/base.css). */
export const sectionTitleClass = 'section-title';
