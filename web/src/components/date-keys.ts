/**
 * Enter in a date field commits the typed date (the picker does that itself) and never submits the
 * form around it: a stage move or a save is always a button press.
 */
export function keepEnterInDateField(event: { key: string; preventDefault(): void }): void {
  if (event.key === 'Enter') event.preventDefault();
}
