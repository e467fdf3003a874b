// Registers cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, toMatchSnapshot of synth output).
import { Testing } from 'cdktf';
Testing.setupJest();
