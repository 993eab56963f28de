// The report form's questions per category: only the chosen category's group is shown, and none before a
// category is chosen. Without this script every group is shown, each named after its category, and the
// server reads only the chosen category's answers.
const groups = [...document.querySelectorAll<HTMLElement>('.report-attributes__group[data-category]')];
const choices = [...document.querySelectorAll<HTMLInputElement>('input[name="category"]')];

function show(): void {
  const chosen = choices.find((c) => c.checked)?.value ?? '';
  for (const group of groups) {
    const hidden = group.dataset.category !== chosen;
    // A group holding an error stays visible: its message must be seen with its field.
    group.hidden = hidden && group.querySelector('.form-group--error') === null;
    for (const hint of group.querySelectorAll<HTMLElement>('.report-attributes__only')) hint.hidden = true;
  }
}

if (groups.length > 0) {
  for (const choice of choices) choice.addEventListener('change', show);
  show();
}
