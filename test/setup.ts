// Registers cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, toMatchSnapshot of synth output).
import { Testing } from 'cdktf';
// Their types: cdktf declares them on jest.Matchers in this module, which its index does not import.
import type {} from 'cdktf/lib/testing/adapters/jest';
Testing.setupJest();
// No test reads or writes an address lock (cdktf-libvirt.lock.json in the working directory, the
// repository): each lab is planned from nothing, whatever ran before. The tests of the lock give
// their apps a lock file of their own through the context, which comes before this variable.
process.env.CDKTF_LIBVIRT_LOCK_FILE = 'off';
