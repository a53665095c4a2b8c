import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../src/io/exportFileName';

describe('exportFileName', () => {
  const story = { id: 'nk-russia-2023', title: 'Who gains from a North Korea-Russia alliance' };

  it('names a picture of a selection after it, and the rest after the story', () => {
    expect(exportFileName(story, 'png', 'North Korea')).toBe('who-gains-north-korea.png');
    expect(exportFileName(story, 'pptx')).toBe('who-gains-nk-russia-2023.pptx');
    expect(exportFileName({ title: 'Café Économie' }, 'svg')).toBe('who-gains-cafe-economie.svg');
  });

  it('never lets a name leave the folder or break a file system', () => {
    expect(exportFileName({ title: '../../etc/passwd' }, 'png', '<script>')).toBe('who-gains-script.png');
    expect(exportFileName({ title: '???' }, 'png')).toBe('who-gains-story.png');
    expect(slug('a'.repeat(100))).toHaveLength(60);
  });
});
