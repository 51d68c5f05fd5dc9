// The print page of a list (fragments/print-list.html): its "In" button opens the browser's print dialog.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('print-now');
  if (button) {
    button.addEventListener('click', () => window.print());
  }
});
