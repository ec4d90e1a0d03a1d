/**
 * Story folders as untrusted input, their files: paths leaving the folder, links, devices, pipes,
 * folders, sizes and bytes. Each case gives exactly the expected lines and nothing outside the
 * folder is read or quoted: a file beside the copy holds a marker that must never show.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, type Case, edit, HOSTILE, runCase, TEXT } from './story-copy';

const CASES: Case[] = [
  {
    name: 'an article file ../../../etc/passwd',
    setup: (d) => edit(d, 'story.json', article('../../../etc/passwd')),
    problems: [
      `${TEXT} "../../../etc/passwd" climbs out with "..": expected a file inside the folder`,
    ],
  },
  {
    name: 'an article file beside the folder (../secret.txt)',
    setup: (d) => edit(d, 'story.json', article('../secret.txt')),
    problems: [`${TEXT} "../secret.txt" climbs out with "..": expected a file inside the folder`],
  },
  {
    name: 'an absolute article file /etc/passwd',
    setup: (d) => edit(d, 'story.json', article('/etc/passwd')),
    problems: [
      `${TEXT} "/etc/passwd" is an absolute path: expected a file inside the story folder`,
    ],
  },
  {
    name: 'an article file /dev/zero',
    setup: (d) => edit(d, 'story.json', article('/dev/zero')),
    problems: [`${TEXT} "/dev/zero" is an absolute path: expected a file inside the story folder`],
  },
  {
    name: 'article.txt a link to /dev/zero',
    setup: (d) => {
      rmSync(join(d, 'article.txt'));
      symlinkSync('/dev/zero', join(d, 'article.txt'));
    },
    problems: [
      `${TEXT} "article.txt" is a link to a place outside the story folder: expected a file inside it`,
    ],
  },
  {
    name: 'article.txt a named pipe (reading it would wait for ever)',
    setup: (d) => {
      rmSync(join(d, 'article.txt'));
      expect(spawnSync('mkfifo', [join(d, 'article.txt')]).status).toBe(0);
    },
    problems: [
      `${TEXT} "article.txt" is not a regular file (a device, pipe or socket): expected a file`,
    ],
  },
  {
    name: 'an article file "."',
    setup: (d) => edit(d, 'story.json', article('.')),
    problems: [`${TEXT} "." is the folder itself`],
  },
  {
    name: 'an article file that is a folder',
    setup: (d) => {
      mkdirSync(join(d, 'texts'));
      edit(d, 'story.json', article('texts'));
    },
    problems: [`${TEXT} "texts" is a folder: expected a file`],
  },
  {
    name: 'an article over 1 MB',
    setup: (d) => writeFileSync(join(d, 'article.txt'), 'The train left. '.repeat(70_000)),
    problems: [`${TEXT} "article.txt" is over 1.0 MB: expected at most 1.0 MB`],
  },
  {
    name: 'places.geojson a link leading out of the folder',
    setup: (d) => {
      rmSync(join(d, 'places.geojson'));
      symlinkSync('../secret.geojson', join(d, 'places.geojson'));
    },
    problems: [
      'places.geojson: "places.geojson" is a link to a place outside the story folder: expected a file inside it',
    ],
  },
  {
    name: 'a non-UTF-8 byte in a name',
    setup: (d) => copyFileSync(join(HOSTILE, 'non-utf8-places.geojson'), join(d, 'places.geojson')),
    problems: [
      'places.geojson: "places.geojson" is not UTF-8 text (byte 318, line 11): save it as UTF-8',
    ],
  },
  {
    name: 'a byte-order mark before story.json',
    setup: (d) =>
      writeFileSync(join(d, 'story.json'), `\ufeff${readFileSync(join(d, 'story.json'), 'utf8')}`),
    problems: [],
  },
];

describe('hostile story folders: their files', { timeout: 60_000 }, () => {
  it.each(CASES)('$name', runCase);
});
