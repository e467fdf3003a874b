import { spawnSync } from 'child_process';
import { shellWord } from '../../lib/private/shell';

describe('shellWord', () => {
  test('leaves words that need no quoting as they are', () => {
    for (const word of ['demo-k3s-server-0', 'https://get.k3s.io', 'v1.31.4+k3s1', 'cdktf.out/stacks/lab/ssh_config', 'a@b%c=d,e:f_g']) {
      expect(shellWord(word)).toBe(word);
    }
  });

  test('single-quotes anything else, with an embedded quote closed, escaped and reopened', () => {
    expect(shellWord('out dir/ssh_config')).toBe("'out dir/ssh_config'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('')).toBe("''");
    expect(shellWord('s#https://127.0.0.1:6443#https://10.77.0.5:6443#')).toBe("'s#https://127.0.0.1:6443#https://10.77.0.5:6443#'");
  });

  test('the shell reads each back as one word, unchanged', () => {
    const words = ['plain', 'two words', "it's", '$(rm -rf /) `x` $HOME "q" \\ * ? ; & | < > ~', "''", '', 'a\nb'];
    const r = spawnSync('/bin/sh', ['-c', `printf '%s\\0' ${words.map(shellWord).join(' ')}`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\0').slice(0, -1)).toEqual(words);
  });
});
