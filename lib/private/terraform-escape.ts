/**
 * Escapes the template sequences of Terraform's string syntax, `${` and `%{`, in text that must reach
 * a guest or a shell literally (cloud-init documents, shell scripts). Terraform reads every string of
 * a `.tf.json` file as a template, and cdktf passes plain strings through unescaped, so `${HOME}` in a
 * script would be an interpolation (and `${2:-1}` a syntax error). cdktf's own token markers
 * (`${TfToken[...]}`) are left alone, so references inside the text still resolve.
 */
export function escapeTerraformTemplate(text: string): string {
  // function replacements: in a replacement string, '$$' would collapse to a single '$'
  return text.replace(/\$\{(?!TfToken\[)/g, () => '$${').replace(/%\{/g, () => '%%{');
}
