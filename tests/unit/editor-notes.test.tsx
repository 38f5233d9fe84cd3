import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderExample } from './render-example';

describe('EditorNotes example', () => {
  it('is a section titled "Noot voor de redactie" holding the notes', async () => {
    await renderExample('EditorNotes');
    const notes = screen.getByRole('region', { name: 'Noot voor de redactie' });
    expect(screen.getByRole('heading', { level: 2, name: 'Noot voor de redactie' })).toHaveAttribute('id', 'noot-voor-de-redactie');
    expect(notes).toContainElement(screen.getByRole('link', { name: 'feitenpagina' }));
  });
});
