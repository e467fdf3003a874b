// Registers cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, toMatchSnapshot of synth output).
import { Testing } from 'cdktf';
// Their types: cdktf declares them on jest.Matchers in this module, which its index does not import.
import type {} from 'cdktf/lib/testing/adapters/jest';
Testing.setupJest();
