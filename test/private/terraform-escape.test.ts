import { Fn, Token } from 'cdktf';
import { escapeTerraformTemplate } from '../../lib/private/terraform-escape';

describe('escapeTerraformTemplate', () => {
  test('doubles the template sequences so Terraform emits them literally', () => {
    // GIVEN shell and template text / WHEN escaped / THEN ${ and %{ become $${ and %%{
    expect(escapeTerraformTemplate('echo ${HOME} ${2:-1} %{if x}')).toBe('echo $${HOME} $${2:-1} %%{if x}');
  });

  test('leaves text without template sequences alone, including lone $ and %', () => {
    expect(escapeTerraformTemplate('cost $5, 100% sure, $HOME')).toBe('cost $5, 100% sure, $HOME');
  });

  test("keeps cdktf's token markers, so references inside the text still resolve", () => {
    // GIVEN text with an embedded token / WHEN escaped / THEN the token marker is untouched and the literal is escaped
    const token = Token.asString(Fn.lower('X'));
    const escaped = escapeTerraformTemplate(`key=${token} home=\${HOME}`);
    expect(escaped).toBe(`key=${token} home=$\${HOME}`);
  });
});
