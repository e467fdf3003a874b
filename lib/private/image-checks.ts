import { IConstruct } from 'constructs';
import { USER_NAME } from './machine-checks';
import { checkOneOf, checkString, checkTerraformLiteral, fail, isToken } from './validate';

/**
 * The checks of a base image's props, as a plain JavaScript caller may give them: every string prop
 * is a string before its content is read, and what goes into the download's configuration can go
 * there as written.
 */

/** The props of an image from a URL (`BaseImageProps`), as given. */
export interface ImageInput {
  readonly url?: unknown;
  readonly sha256?: unknown;
  readonly sha512?: unknown;
  readonly checksumUrl?: unknown;
  readonly checksumAlgorithm?: unknown;
  readonly fileName?: unknown;
  readonly format?: unknown;
  readonly name?: unknown;
  readonly loginUser?: unknown;
  readonly cacheDir?: unknown;
}

/** The checksum an image is verified against: a digest, or (without one) the algorithm of its checksum file. */
export interface Checksum {
  readonly algorithm: string;
  readonly value?: string;
}

const URL_OR_PATH = /^(https?|file):\/\/\S+$|^\/\S*$/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_TEMPLATE = /[\x00-\x1f\x7f]|[$%]\{/;

/** The types of an image's props, and the content of those that no other check reads: url, file name, login user, cache folder. */
export function checkImageProps(scope: IConstruct, props: ImageInput): void {
  checkString(scope, 'url', props.url, "give the full URL of the image, such as 'https://example.org/disk.qcow2'");
  if (!isToken(props.url) && !URL_OR_PATH.test((props.url as string | undefined) ?? '')) {
    fail(scope, 'url is not an http(s) or file URL, nor an absolute path', props.url, 'give the full URL of the image');
  }
  checkString(scope, 'sha256', props.sha256, "copy the sha256 digest from the distribution's checksum file");
  checkString(scope, 'sha512', props.sha512, "copy the sha512 digest from the distribution's checksum file");
  checkString(scope, 'checksumUrl', props.checksumUrl, 'give the full URL of the checksum file');
  checkString(scope, 'checksumAlgorithm', props.checksumAlgorithm, 'use one of: sha256, sha512');
  checkString(scope, 'format', props.format, 'use one of: qcow2, raw');
  checkString(scope, 'name', props.name, "give the image's name, such as 'debian-12'");
  checkLoginUser(scope, props.loginUser);
  const fileName = props.fileName;
  checkString(scope, 'fileName', fileName, "give the image's file name as the checksum file lists it, such as 'disk.qcow2'");
  if (fileName !== undefined && !isToken(fileName) && ((fileName as string) === '' || CONTROL_OR_TEMPLATE.test(fileName as string))) {
    fail(scope, 'fileName is not a file name a checksum file can list', fileName,
      "give the image's file name as the checksum file lists it, such as 'disk.qcow2' (not empty, without control characters, '${' or '%{')");
  }
  // the cache folder goes into pathexpand("..."), a Terraform expression
  const fix = "give a folder on the machine that runs terraform, such as '~/.cache/cdktf-libvirt/images'";
  checkTerraformLiteral(scope, 'cacheDir', props.cacheDir, fix);
  if (props.cacheDir === '') fail(scope, 'cacheDir is empty', props.cacheDir, `${fix}, or leave it out for that default`);
}

/** The login user of an image, when given: a user name that cloud-init can create. */
export function checkLoginUser(scope: IConstruct, loginUser: unknown): void {
  checkString(scope, 'loginUser', loginUser, "give the image's default user, such as 'debian'");
  if (loginUser !== undefined && !isToken(loginUser) && !USER_NAME.test(loginUser as string)) {
    fail(scope, 'loginUser is not a user name cloud-init creates', loginUser,
      "give the image's default user: up to 32 lowercase letters, digits, '_' or '-', starting with a letter or '_', such as 'debian'");
  }
}

/** The checksum of an image (its props' types checked by {@link checkImageProps}): one digest, or a checksum file. */
export function checksumOf(scope: IConstruct, props: ImageInput): Checksum {
  const sha256 = props.sha256 as string | undefined;
  const sha512 = props.sha512 as string | undefined;
  const given = [sha256 && 'sha256', sha512 && 'sha512'].filter(Boolean);
  if (given.length > 1) fail(scope, 'both sha256 and sha512 are given', [sha256, sha512], 'give one checksum');
  if (given.length === 0 && props.checksumUrl === undefined) {
    fail(scope, 'the image has no checksum', props.url,
      "give sha256 (or sha512) copied from the distribution's checksum file, or checksumUrl pointing at that file; images are never used unverified");
  }
  const algorithm = sha256 ? 'sha256' : sha512 ? 'sha512' : (props.checksumAlgorithm as string | undefined) ?? 'sha256';
  checkOneOf(scope, 'checksumAlgorithm', algorithm, ['sha256', 'sha512']);
  const value = sha256 ?? sha512;
  const length = algorithm === 'sha256' ? 64 : 128;
  if (value !== undefined && !isToken(value) && !new RegExp(`^[0-9a-f]{${length}}$`).test(value)) {
    fail(scope, `${algorithm} is not ${length} lowercase hex digits`, value, `copy the ${algorithm} digest from the distribution's checksum file`);
  }
  const checksumUrl = props.checksumUrl as string | undefined;
  if (checksumUrl !== undefined && !isToken(checksumUrl) && !URL_OR_PATH.test(checksumUrl)) {
    fail(scope, 'checksumUrl is not an http(s) or file URL, nor an absolute path', checksumUrl, 'give the full URL of the checksum file');
  }
  return { algorithm, value };
}
