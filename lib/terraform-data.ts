import { AnyMap, anyToHclTerraform, anyToTerraform, DataConfig, hashMapper, hashMapperHcl, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

/**
 * Terraform's built-in `terraform_data` resource (Terraform 1.4 or later), synthesized exactly as
 * cdktf's `DataResource` synthesizes it, but without the check `DataResource` adds to every
 * instance: a `terraform version` child process at each synth, per resource. That check made the
 * synth of a lab slow (one process per machine's DNS registration: about 100 ms each, 2 minutes
 * at 1,000 machines) and made it fail outright on a machine without terraform, such as a CI job
 * that only synthesizes. Terraform itself refuses the resource type when it is older than 1.4.
 *
 * The constructs use it for image downloads and DNS registrations; it takes the same `DataConfig`
 * as `DataResource` and exposes the same attributes.
 */
export class TerraformData extends TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'terraform_data';

  private readonly _output = new AnyMap(this, 'output');
  private _input?: { [key: string]: any };
  private _triggersReplace?: { [key: string]: any };

  constructor(scope: Construct, id: string, config: DataConfig = {}) {
    super(scope, id, {
      terraformResourceType: TerraformData.tfResourceType,
      terraformGeneratorMetadata: { providerName: 'terraform' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._input = config.input;
    this._triggersReplace = config.triggersReplace;
  }

  /** The resource's id (known after apply). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The stored `input`. */
  public get input(): { [key: string]: any } {
    return this.getAnyMapAttribute('input');
  }

  /** Sets the stored `input`. */
  public set input(value: { [key: string]: any }) {
    this._input = value;
  }

  /** `input`, reflected after apply: reference `output.<key>` to depend on the resource. */
  public get output(): AnyMap {
    return this._output;
  }

  /** The values whose change replaces the resource. */
  public get triggersReplace(): { [key: string]: any } {
    return this.getAnyMapAttribute('triggers_replace');
  }

  /** Sets the values whose change replaces the resource. */
  public set triggersReplace(value: { [key: string]: any }) {
    this._triggersReplace = value;
  }

  /** The resource's attributes in Terraform JSON, as `DataResource` writes them. */
  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      input: hashMapper(anyToTerraform)(this._input),
      triggers_replace: hashMapper(anyToTerraform)(this._triggersReplace),
    };
  }

  /** The resource's attributes in HCL form, as `DataResource` writes them. */
  protected synthesizeHclAttributes(): { [name: string]: any } {
    return {
      input: hashMapperHcl(anyToHclTerraform)(this._input),
      triggers_replace: hashMapperHcl(anyToHclTerraform)(this._triggersReplace),
    };
  }
}
