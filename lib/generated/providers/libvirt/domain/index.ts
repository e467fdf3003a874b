// generated from terraform resource schema

import { DomainBhyveCommandline, 
domainBhyveCommandlineToTerraform, 
domainBhyveCommandlineToHclTerraform, 
DomainBhyveCommandlineOutputReference, 
DomainBlockIoTune, 
domainBlockIoTuneToTerraform, 
domainBlockIoTuneToHclTerraform, 
DomainBlockIoTuneOutputReference, 
DomainClock, 
domainClockToTerraform, 
domainClockToHclTerraform, 
DomainClockOutputReference, 
DomainCpu, 
domainCpuToTerraform, 
domainCpuToHclTerraform, 
DomainCpuOutputReference, 
DomainCpuTune, 
domainCpuTuneToTerraform, 
domainCpuTuneToHclTerraform, 
DomainCpuTuneOutputReference, 
DomainCreate, 
domainCreateToTerraform, 
domainCreateToHclTerraform, 
DomainCreateOutputReference, 
DomainDefaultIoThread, 
domainDefaultIoThreadToTerraform, 
domainDefaultIoThreadToHclTerraform, 
DomainDefaultIoThreadOutputReference, 
DomainDestroy, 
domainDestroyToTerraform, 
domainDestroyToHclTerraform, 
DomainDestroyOutputReference, 
DomainDevices, 
domainDevicesToTerraform, 
domainDevicesToHclTerraform, 
DomainDevicesOutputReference, 
DomainFeatures, 
domainFeaturesToTerraform, 
domainFeaturesToHclTerraform, 
DomainFeaturesOutputReference, 
DomainIdMap, 
domainIdMapToTerraform, 
domainIdMapToHclTerraform, 
DomainIdMapOutputReference, 
DomainIoThreadIDs, 
domainIoThreadIDsToTerraform, 
domainIoThreadIDsToHclTerraform, 
DomainIoThreadIDsOutputReference, 
DomainKeyWrap, 
domainKeyWrapToTerraform, 
domainKeyWrapToHclTerraform, 
DomainKeyWrapOutputReference, 
DomainLaunchSecurity, 
domainLaunchSecurityToTerraform, 
domainLaunchSecurityToHclTerraform, 
DomainLaunchSecurityOutputReference, 
DomainLxcNamespace, 
domainLxcNamespaceToTerraform, 
domainLxcNamespaceToHclTerraform, 
DomainLxcNamespaceOutputReference, 
DomainMemoryBacking, 
domainMemoryBackingToTerraform, 
domainMemoryBackingToHclTerraform, 
DomainMemoryBackingOutputReference, 
DomainMemoryTune, 
domainMemoryTuneToTerraform, 
domainMemoryTuneToHclTerraform, 
DomainMemoryTuneOutputReference, 
DomainMetadata, 
domainMetadataToTerraform, 
domainMetadataToHclTerraform, 
DomainMetadataOutputReference, 
DomainNumaTune, 
domainNumaTuneToTerraform, 
domainNumaTuneToHclTerraform, 
DomainNumaTuneOutputReference, 
DomainOs, 
domainOsToTerraform, 
domainOsToHclTerraform, 
DomainOsOutputReference, 
DomainPerf, 
domainPerfToTerraform, 
domainPerfToHclTerraform, 
DomainPerfOutputReference, 
DomainPm, 
domainPmToTerraform, 
domainPmToHclTerraform, 
DomainPmOutputReference, 
DomainQemuCapabilities, 
domainQemuCapabilitiesToTerraform, 
domainQemuCapabilitiesToHclTerraform, 
DomainQemuCapabilitiesOutputReference, 
DomainQemuCommandline, 
domainQemuCommandlineToTerraform, 
domainQemuCommandlineToHclTerraform, 
DomainQemuCommandlineOutputReference, 
DomainQemuDeprecation, 
domainQemuDeprecationToTerraform, 
domainQemuDeprecationToHclTerraform, 
DomainQemuDeprecationOutputReference, 
DomainQemuOverride, 
domainQemuOverrideToTerraform, 
domainQemuOverrideToHclTerraform, 
DomainQemuOverrideOutputReference, 
DomainResource, 
domainResourceToTerraform, 
domainResourceToHclTerraform, 
DomainResourceOutputReference, 
DomainSecLabel, 
domainSecLabelToTerraform, 
domainSecLabelToHclTerraform, 
DomainSecLabelList, 
DomainSysInfo, 
domainSysInfoToTerraform, 
domainSysInfoToHclTerraform, 
DomainSysInfoList, 
DomainThrottleGroups, 
domainThrottleGroupsToTerraform, 
domainThrottleGroupsToHclTerraform, 
DomainThrottleGroupsOutputReference, 
DomainUpdate, 
domainUpdateToTerraform, 
domainUpdateToHclTerraform, 
DomainUpdateOutputReference, 
DomainVcpus, 
domainVcpusToTerraform, 
domainVcpusToHclTerraform, 
DomainVcpusOutputReference, 
DomainXenCommandline, 
domainXenCommandlineToTerraform, 
domainXenCommandlineToHclTerraform, 
DomainXenCommandlineOutputReference} from './index-structs'
export * from './index-structs'
import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DomainConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether the domain should be started automatically when the host boots.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#autostart Domain#autostart}
  */
  readonly autostart?: boolean | cdktf.IResolvable;
  /**
  * Configures bhyve-specific command-line passthrough for a domain, allowing extra arguments and environment variables to be appended through the bhyve XML namespace.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#bhyve_commandline Domain#bhyve_commandline}
  */
  readonly bhyveCommandline?: DomainBhyveCommandline;
  /**
  * Configures block I/O cgroup tuning for the whole domain, such as global I/O weight or per-device throttling limits.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#block_io_tune Domain#block_io_tune}
  */
  readonly blockIoTune?: DomainBlockIoTune;
  /**
  * Specifies the host-side bootloader program to invoke instead of firmware/BIOS when starting the guest (e.g. `pygrub` for Xen or `bhyveload` for bhyve); the value is user-provided and driver-specific.
  * 
  * See: <https://libvirt.org/formatdomain.html#host-bootloader>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#bootloader Domain#bootloader}
  */
  readonly bootloader?: string;
  /**
  * Provides additional command-line arguments passed to the host bootloader defined by `bootloader`; the value is a free-form string interpreted by the bootloader.
  * 
  * See: <https://libvirt.org/formatdomain.html#host-bootloader>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#bootloader_args Domain#bootloader_args}
  */
  readonly bootloaderArgs?: string;
  /**
  * Configures the guest’s clock source and base time behavior, including offset, starting point, and timers.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#clock Domain#clock}
  */
  readonly clock?: DomainClock;
  /**
  * Configures the virtual CPU model, features, cache, topology, and related behavior presented to the guest.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#cpu Domain#cpu}
  */
  readonly cpu?: DomainCpu;
  /**
  * Configures CPU scheduling and tuning parameters for the domain, including vCPU pinning, quotas, cache tuning, and IOThread scheduling.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#cpu_tune Domain#cpu_tune}
  */
  readonly cpuTune?: DomainCpuTune;
  /**
  * Start behavior flags passed to libvirt when running is true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#create Domain#create}
  */
  readonly create?: DomainCreate;
  /**
  * Sets the amount of guest memory that is actually allocated at boot (in the specified unit), which may be less than the maximum `memory` to allow for memory hotplug.
  * 
  * See: <https://libvirt.org/formatdomain.html#memory-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#current_memory Domain#current_memory}
  */
  readonly currentMemory?: number;
  /**
  * Sets the unit of measurement for the domain's currentMemory value (for example KiB or MiB); if omitted, libvirt uses its default unit (usually KiB).
  * 
  * See: <https://libvirt.org/formatdomain.html#memory-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#current_memory_unit Domain#current_memory_unit}
  */
  readonly currentMemoryUnit?: string;
  /**
  * Configures the default IOThread settings for the domain, including optional thread pool sizing for IOThreads created implicitly.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#default_io_thread Domain#default_io_thread}
  */
  readonly defaultIoThread?: DomainDefaultIoThread;
  /**
  * Sets a free‑form human‑readable description for the domain; content is user‑provided text without strict constraints.
  * 
  * See: <https://libvirt.org/formatdomain.html#general-metadata>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#description Domain#description}
  */
  readonly description?: string;
  /**
  * Destroy behavior when Terraform removes the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#destroy Domain#destroy}
  */
  readonly destroy?: DomainDestroy;
  /**
  * Groups all device definitions attached to the domain, including disks, interfaces, audio, video, and other hardware devices.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#devices Domain#devices}
  */
  readonly devices?: DomainDevices;
  /**
  * Enables and configures hypervisor and CPU‑related features for the domain, such as ACPI, AIA, and other optional capabilities.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#features Domain#features}
  */
  readonly features?: DomainFeatures;
  /**
  * Sets the VM generation ID (genid) exposed to the guest, used by some operating systems to detect cloning; value must be a user-provided 128‑bit identifier in UUID-like hexadecimal format.
  * 
  * See: <https://libvirt.org/formatdomain.html#general-metadata>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#gen_id Domain#gen_id}
  */
  readonly genId?: string;
  /**
  * Sets the hardware UUID reported to the guest firmware/OS, typically reflected in SMBIOS; value is user-provided and should be a standard UUID string.
  * 
  * See: <https://libvirt.org/formatdomain.html#general-metadata>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#hwuuid Domain#hwuuid}
  */
  readonly hwuuid?: string;
  /**
  * Configures user and group ID mapping between host and guest for container-style virtualization; presence of this block enables explicit uid/gid mapping.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#id_map Domain#id_map}
  */
  readonly idMap?: DomainIdMap;
  /**
  * Configures the set of IOThread IDs available to the domain, allowing explicit control over which IOThreads exist.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#io_thread_i_ds Domain#io_thread_i_ds}
  */
  readonly ioThreadIDs?: DomainIoThreadIDs;
  /**
  * Sets the total number of IOThreads allocated for the domain, improving block I/O scalability; the value is user‑provided (positive integer).
  * 
  * See: <https://libvirt.org/formatdomain.html#iothreads-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#io_threads Domain#io_threads}
  */
  readonly ioThreads?: number;
  /**
  * Configures whether the guest is allowed to perform s390 key-wrapping cryptographic operations and which ciphers are permitted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#key_wrap Domain#key_wrap}
  */
  readonly keyWrap?: DomainKeyWrap;
  /**
  * Configures hardware-backed launch or confidential-computing security for the domain (such as s390-pv, AMD SEV, or SEV-SNP), with sub-blocks selecting the specific technology.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#launch_security Domain#launch_security}
  */
  readonly launchSecurity?: DomainLaunchSecurity;
  /**
  * Configures inherited Linux namespaces for LXC guests, allowing selected namespaces to be shared with another process or namespace provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#lxc_namespace Domain#lxc_namespace}
  */
  readonly lxcNamespace?: DomainLxcNamespace;
  /**
  * Sets the maximum hot-pluggable memory capacity for the guest (maxMemory value), in units given by domain.maximum_memory_unit; must be greater than or equal to the initial memory size.
  * 
  * See: <https://libvirt.org/formatdomain.html#memory-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#maximum_memory Domain#maximum_memory}
  */
  readonly maximumMemory?: number;
  /**
  * Sets the number of memory slots available for hot-plugging guest memory devices, corresponding to the slots attribute of maxMemory; value is a user-provided positive integer.
  * 
  * See: <https://libvirt.org/formatdomain.html#memory-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#maximum_memory_slots Domain#maximum_memory_slots}
  */
  readonly maximumMemorySlots?: number;
  /**
  * Sets the unit for the maximum hot-pluggable memory value (for example, "KiB", "MiB", or "GiB"), corresponding to the unit attribute of maxMemory; value is user-provided but must be a libvirt-supported memory unit.
  * 
  * See: <https://libvirt.org/formatdomain.html#memory-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#maximum_memory_unit Domain#maximum_memory_unit}
  */
  readonly maximumMemoryUnit?: string;
  /**
  * Sets the maximum memory allocation for the guest at boot time; the value is user-provided and interpreted in libvirt memory units (typically KiB unless a unit is specified elsewhere).
  * 
  * See: <https://libvirt.org/formatdomain.html#memory-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#memory Domain#memory}
  */
  readonly memory?: number;
  /**
  * Configures how the guest’s RAM is backed by host memory, including huge pages, locking, sharing, access policy, allocation policy, and discard behavior.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#memory_backing Domain#memory_backing}
  */
  readonly memoryBacking?: DomainMemoryBacking;
  /**
  * Controls whether guest memory is included in the core dump when the domain crashes, by setting the memory attribute (dumpCore) on the domain element; valid values are user-provided according to libvirt’s dumpCore policy (e.g. enabling or disabling memory dumping).
  * 
  * See: <https://libvirt.org/formatdomain.html#memory-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#memory_dump_core Domain#memory_dump_core}
  */
  readonly memoryDumpCore?: string;
  /**
  * Configures memory tuning parameters for the guest, including soft, hard, and swap limits and minimum guarantees.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#memory_tune Domain#memory_tune}
  */
  readonly memoryTune?: DomainMemoryTune;
  /**
  * Sets the unit for the domain’s main memory value, typically as a memory size unit such as KiB, MiB, or GiB; the string is user-provided and must match libvirt’s accepted memory units.
  * 
  * See: <https://libvirt.org/formatdomain.html#memory-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#memory_unit Domain#memory_unit}
  */
  readonly memoryUnit?: string;
  /**
  * Configures an arbitrary metadata block associated with the domain, typically used to store application- or tool-specific XML or other structured data.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#metadata Domain#metadata}
  */
  readonly metadata?: DomainMetadata;
  /**
  * Sets the domain’s short name, which must be unique on the host and consist only of alphanumeric characters.
  * 
  * See: <https://libvirt.org/formatdomain.html#general-metadata>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#name Domain#name}
  */
  readonly name: string;
  /**
  * Configures NUMA policy for the domain process and its memory, controlling how guest CPUs and memory are placed on host NUMA nodes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#numa_tune Domain#numa_tune}
  */
  readonly numaTune?: DomainNumaTune;
  /**
  * Sets the action libvirt takes when the guest crashes; valid values include "destroy", "restart", "preserve", "coredump-destroy", "coredump-restart", "rename-restart", "ignore", or "pause". Example: "coredump-restart" keeps a crash dump and then restarts the domain.
  * 
  * See: <https://libvirt.org/formatdomain.html#events-configuration>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#on_crash Domain#on_crash}
  */
  readonly onCrash?: string;
  /**
  * Sets the action libvirt takes when the guest issues a poweroff/shutdown; valid values include "destroy", "restart", "preserve", or "rename-restart". If unset, the hypervisor default is used.
  * 
  * See: <https://libvirt.org/formatdomain.html#events-configuration>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#on_poweroff Domain#on_poweroff}
  */
  readonly onPoweroff?: string;
  /**
  * Sets the action libvirt takes when the guest reboots; valid values include "destroy", "restart", "preserve", "rename-restart", "ignore", or "pause". If unset, the hypervisor default is used.
  * 
  * See: <https://libvirt.org/formatdomain.html#events-configuration>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#on_reboot Domain#on_reboot}
  */
  readonly onReboot?: string;
  /**
  * Groups configuration of how the guest operating system is booted, including firmware, BIOS, boot devices, kernel parameters, and related options. All sub-attributes are optional and user-provided.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#os Domain#os}
  */
  readonly os?: DomainOs;
  /**
  * Enables configuration of performance monitoring events exposed to the guest and collected by the hypervisor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#perf Domain#perf}
  */
  readonly perf?: DomainPerf;
  /**
  * Configures power management behavior advertised to the guest, such as support for suspend-to-RAM and suspend-to-disk.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#pm Domain#pm}
  */
  readonly pm?: DomainPm;
  /**
  * Configures QEMU capability toggles through the QEMU namespace, allowing named capabilities to be explicitly added to or removed from the launched device model.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#qemu_capabilities Domain#qemu_capabilities}
  */
  readonly qemuCapabilities?: DomainQemuCapabilities;
  /**
  * Configures QEMU-specific command-line passthrough for a domain, allowing explicit extra arguments and environment variables to be passed through the dedicated QEMU XML namespace.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#qemu_commandline Domain#qemu_commandline}
  */
  readonly qemuCommandline?: DomainQemuCommandline;
  /**
  * Configures the QEMU namespace deprecation behavior for the domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#qemu_deprecation Domain#qemu_deprecation}
  */
  readonly qemuDeprecation?: DomainQemuDeprecation;
  /**
  * Configures QEMU frontend property overrides in the QEMU namespace, targeting specific devices by alias and setting named frontend properties.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#qemu_override Domain#qemu_override}
  */
  readonly qemuOverride?: DomainQemuOverride;
  /**
  * Groups resource-partitioning settings that associate the domain with hypervisor-specific resource partitions or classes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#resource Domain#resource}
  */
  readonly resource?: DomainResource;
  /**
  * Whether the domain should be started after creation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#running Domain#running}
  */
  readonly running?: boolean | cdktf.IResolvable;
  /**
  * Configures one security label configuration for the domain, controlling how a security driver (such as SELinux or DAC) labels and isolates the domain and its resources.
  * 
  * See: <https://libvirt.org/formatdomain.html#security-label>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#sec_label Domain#sec_label}
  */
  readonly secLabel?: DomainSecLabel[] | cdktf.IResolvable;
  /**
  * Configures system information presented to the guest (such as SMBIOS and fw_cfg data), allowing customization of what hardware/firmware details the guest sees.
  * 
  * See: <https://libvirt.org/formatdomain.html#smbios-system-information>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#sys_info Domain#sys_info}
  */
  readonly sysInfo?: DomainSysInfo[] | cdktf.IResolvable;
  /**
  * Enables configuration of one or more named disk I/O throttle groups that can be referenced by disk `throttlefilters` to apply shared I/O rate limits.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#throttle_groups Domain#throttle_groups}
  */
  readonly throttleGroups?: DomainThrottleGroups;
  /**
  * Sets a human‑readable title for the domain, which is user‑provided free text and may be used by management tools but has no functional effect on the guest.
  * 
  * See: <https://libvirt.org/formatdomain.html#general-metadata>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#title Domain#title}
  */
  readonly title?: string;
  /**
  * Sets the hypervisor type used to run the domain (for example "kvm", "qemu", or "xen"); this is required and must be a valid libvirt domain driver name for the host.
  * 
  * See: <https://libvirt.org/formatdomain.html#element-and-attribute-overview>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#type Domain#type}
  */
  readonly type: string;
  /**
  * Update behavior when Terraform must stop the domain before redefining it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#update Domain#update}
  */
  readonly update?: DomainUpdate;
  /**
  * Sets the maximum number of virtual CPUs configured for the guest, as a positive integer within the hypervisor’s supported range (for example 1–255).
  * 
  * See: <https://libvirt.org/formatdomain.html#cpu-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#vcpu Domain#vcpu}
  */
  readonly vcpu?: number;
  /**
  * Sets the optional CPU affinity for all vCPUs using a cpuset expression (for example "0-3,8"), corresponding to the vcpu element’s cpuset attribute.
  * 
  * See: <https://libvirt.org/formatdomain.html#cpu-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#vcpu_cpuset Domain#vcpu_cpuset}
  */
  readonly vcpuCpuset?: string;
  /**
  * Sets the number of vCPUs that are initially online at boot via the vcpu element’s current attribute, as a positive integer not exceeding domain.vcpu.
  * 
  * See: <https://libvirt.org/formatdomain.html#cpu-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#vcpu_current Domain#vcpu_current}
  */
  readonly vcpuCurrent?: number;
  /**
  * Sets the vCPU placement policy via the vcpu element’s placement attribute, typically "static" or "auto", controlling whether libvirt chooses NUMA/CPU placement automatically.
  * 
  * See: <https://libvirt.org/formatdomain.html#cpu-allocation>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#vcpu_placement Domain#vcpu_placement}
  */
  readonly vcpuPlacement?: string;
  /**
  * Enables per‑vCPU configuration; when present, it contains one or more vcpu entries that can individually control online state and pinning.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#vcpus Domain#vcpus}
  */
  readonly vcpus?: DomainVcpus;
  /**
  * Sets the VMware datacenter path associated with the domain when using the VMware driver, matching the datacenter-oriented path conventions used by libvirt `vpx://` connections.
  * 
  * See: <https://libvirt.org/drvesx.html>
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#vmware_data_center_path Domain#vmware_data_center_path}
  */
  readonly vmwareDataCenterPath?: string;
  /**
  * Configures Xen-specific command-line passthrough to the qemu device model, using the Xen XML namespace for additional arguments.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#xen_commandline Domain#xen_commandline}
  */
  readonly xenCommandline?: DomainXenCommandline;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain libvirt_domain}
*/
export class Domain extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "libvirt_domain";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Domain resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Domain to import
  * @param importFromId The id of the existing Domain that should be imported. Refer to the {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#import import section} in the documentation of this resource for the id to use
  * @param provider Optional instance of the provider where the Domain to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "libvirt_domain", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain libvirt_domain} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param config DomainConfig
  */
  public constructor(scope: Construct, id: string, config: DomainConfig) {
    super(scope, id, {
      terraformResourceType: 'libvirt_domain',
      terraformGeneratorMetadata: {
        providerName: 'libvirt',
        providerVersionConstraint: '0.9.7'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._autostart = config.autostart;
    if (config.bhyveCommandline !== undefined || this.__bhyveCommandline !== undefined) { this._bhyveCommandline.internalValue = config.bhyveCommandline; }
    if (config.blockIoTune !== undefined || this.__blockIoTune !== undefined) { this._blockIoTune.internalValue = config.blockIoTune; }
    this._bootloader = config.bootloader;
    this._bootloaderArgs = config.bootloaderArgs;
    if (config.clock !== undefined || this.__clock !== undefined) { this._clock.internalValue = config.clock; }
    if (config.cpu !== undefined || this.__cpu !== undefined) { this._cpu.internalValue = config.cpu; }
    if (config.cpuTune !== undefined || this.__cpuTune !== undefined) { this._cpuTune.internalValue = config.cpuTune; }
    if (config.create !== undefined || this.__create !== undefined) { this._create.internalValue = config.create; }
    this._currentMemory = config.currentMemory;
    this._currentMemoryUnit = config.currentMemoryUnit;
    if (config.defaultIoThread !== undefined || this.__defaultIoThread !== undefined) { this._defaultIoThread.internalValue = config.defaultIoThread; }
    this._description = config.description;
    if (config.destroy !== undefined || this.__destroy !== undefined) { this._destroy.internalValue = config.destroy; }
    if (config.devices !== undefined || this.__devices !== undefined) { this._devices.internalValue = config.devices; }
    if (config.features !== undefined || this.__features !== undefined) { this._features.internalValue = config.features; }
    this._genId = config.genId;
    this._hwuuid = config.hwuuid;
    if (config.idMap !== undefined || this.__idMap !== undefined) { this._idMap.internalValue = config.idMap; }
    if (config.ioThreadIDs !== undefined || this.__ioThreadIDs !== undefined) { this._ioThreadIDs.internalValue = config.ioThreadIDs; }
    this._ioThreads = config.ioThreads;
    if (config.keyWrap !== undefined || this.__keyWrap !== undefined) { this._keyWrap.internalValue = config.keyWrap; }
    if (config.launchSecurity !== undefined || this.__launchSecurity !== undefined) { this._launchSecurity.internalValue = config.launchSecurity; }
    if (config.lxcNamespace !== undefined || this.__lxcNamespace !== undefined) { this._lxcNamespace.internalValue = config.lxcNamespace; }
    this._maximumMemory = config.maximumMemory;
    this._maximumMemorySlots = config.maximumMemorySlots;
    this._maximumMemoryUnit = config.maximumMemoryUnit;
    this._memory = config.memory;
    if (config.memoryBacking !== undefined || this.__memoryBacking !== undefined) { this._memoryBacking.internalValue = config.memoryBacking; }
    this._memoryDumpCore = config.memoryDumpCore;
    if (config.memoryTune !== undefined || this.__memoryTune !== undefined) { this._memoryTune.internalValue = config.memoryTune; }
    this._memoryUnit = config.memoryUnit;
    if (config.metadata !== undefined || this.__metadata !== undefined) { this._metadata.internalValue = config.metadata; }
    this._name = config.name;
    if (config.numaTune !== undefined || this.__numaTune !== undefined) { this._numaTune.internalValue = config.numaTune; }
    this._onCrash = config.onCrash;
    this._onPoweroff = config.onPoweroff;
    this._onReboot = config.onReboot;
    if (config.os !== undefined || this.__os !== undefined) { this._os.internalValue = config.os; }
    if (config.perf !== undefined || this.__perf !== undefined) { this._perf.internalValue = config.perf; }
    if (config.pm !== undefined || this.__pm !== undefined) { this._pm.internalValue = config.pm; }
    if (config.qemuCapabilities !== undefined || this.__qemuCapabilities !== undefined) { this._qemuCapabilities.internalValue = config.qemuCapabilities; }
    if (config.qemuCommandline !== undefined || this.__qemuCommandline !== undefined) { this._qemuCommandline.internalValue = config.qemuCommandline; }
    if (config.qemuDeprecation !== undefined || this.__qemuDeprecation !== undefined) { this._qemuDeprecation.internalValue = config.qemuDeprecation; }
    if (config.qemuOverride !== undefined || this.__qemuOverride !== undefined) { this._qemuOverride.internalValue = config.qemuOverride; }
    if (config.resource !== undefined || this.__resource !== undefined) { this._resource.internalValue = config.resource; }
    this._running = config.running;
    if (config.secLabel !== undefined || this.__secLabel !== undefined) { this._secLabel.internalValue = config.secLabel; }
    if (config.sysInfo !== undefined || this.__sysInfo !== undefined) { this._sysInfo.internalValue = config.sysInfo; }
    if (config.throttleGroups !== undefined || this.__throttleGroups !== undefined) { this._throttleGroups.internalValue = config.throttleGroups; }
    this._title = config.title;
    this._type = config.type;
    if (config.update !== undefined || this.__update !== undefined) { this._update.internalValue = config.update; }
    this._vcpu = config.vcpu;
    this._vcpuCpuset = config.vcpuCpuset;
    this._vcpuCurrent = config.vcpuCurrent;
    this._vcpuPlacement = config.vcpuPlacement;
    if (config.vcpus !== undefined || this.__vcpus !== undefined) { this._vcpus.internalValue = config.vcpus; }
    this._vmwareDataCenterPath = config.vmwareDataCenterPath;
    if (config.xenCommandline !== undefined || this.__xenCommandline !== undefined) { this._xenCommandline.internalValue = config.xenCommandline; }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // autostart - computed: false, optional: true, required: false
  private _autostart?: boolean | cdktf.IResolvable; 
  public get autostart() {
    return this.getBooleanAttribute('autostart');
  }
  public set autostart(value: boolean | cdktf.IResolvable) {
    this._autostart = value;
  }
  public resetAutostart() {
    this._autostart = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autostartInput() {
    return this._autostart;
  }

  // bhyve_commandline - computed: false, optional: true, required: false
  private __bhyveCommandline?: DomainBhyveCommandlineOutputReference;
  private get _bhyveCommandline(): DomainBhyveCommandlineOutputReference {
    return this.__bhyveCommandline ??= new DomainBhyveCommandlineOutputReference(this, "bhyve_commandline");
  }
  public get bhyveCommandline() {
    return this._bhyveCommandline;
  }
  public putBhyveCommandline(value: DomainBhyveCommandline) {
    if (value !== undefined || this.__bhyveCommandline !== undefined) { this._bhyveCommandline.internalValue = value; }
  }
  public resetBhyveCommandline() {
    if (this.__bhyveCommandline !== undefined) { this.__bhyveCommandline.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get bhyveCommandlineInput() {
    return this.__bhyveCommandline?.internalValue;
  }

  // block_io_tune - computed: false, optional: true, required: false
  private __blockIoTune?: DomainBlockIoTuneOutputReference;
  private get _blockIoTune(): DomainBlockIoTuneOutputReference {
    return this.__blockIoTune ??= new DomainBlockIoTuneOutputReference(this, "block_io_tune");
  }
  public get blockIoTune() {
    return this._blockIoTune;
  }
  public putBlockIoTune(value: DomainBlockIoTune) {
    if (value !== undefined || this.__blockIoTune !== undefined) { this._blockIoTune.internalValue = value; }
  }
  public resetBlockIoTune() {
    if (this.__blockIoTune !== undefined) { this.__blockIoTune.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get blockIoTuneInput() {
    return this.__blockIoTune?.internalValue;
  }

  // bootloader - computed: false, optional: true, required: false
  private _bootloader?: string; 
  public get bootloader() {
    return this.getStringAttribute('bootloader');
  }
  public set bootloader(value: string) {
    this._bootloader = value;
  }
  public resetBootloader() {
    this._bootloader = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootloaderInput() {
    return this._bootloader;
  }

  // bootloader_args - computed: false, optional: true, required: false
  private _bootloaderArgs?: string; 
  public get bootloaderArgs() {
    return this.getStringAttribute('bootloader_args');
  }
  public set bootloaderArgs(value: string) {
    this._bootloaderArgs = value;
  }
  public resetBootloaderArgs() {
    this._bootloaderArgs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootloaderArgsInput() {
    return this._bootloaderArgs;
  }

  // clock - computed: false, optional: true, required: false
  private __clock?: DomainClockOutputReference;
  private get _clock(): DomainClockOutputReference {
    return this.__clock ??= new DomainClockOutputReference(this, "clock");
  }
  public get clock() {
    return this._clock;
  }
  public putClock(value: DomainClock) {
    if (value !== undefined || this.__clock !== undefined) { this._clock.internalValue = value; }
  }
  public resetClock() {
    if (this.__clock !== undefined) { this.__clock.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get clockInput() {
    return this.__clock?.internalValue;
  }

  // cpu - computed: false, optional: true, required: false
  private __cpu?: DomainCpuOutputReference;
  private get _cpu(): DomainCpuOutputReference {
    return this.__cpu ??= new DomainCpuOutputReference(this, "cpu");
  }
  public get cpu() {
    return this._cpu;
  }
  public putCpu(value: DomainCpu) {
    if (value !== undefined || this.__cpu !== undefined) { this._cpu.internalValue = value; }
  }
  public resetCpu() {
    if (this.__cpu !== undefined) { this.__cpu.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get cpuInput() {
    return this.__cpu?.internalValue;
  }

  // cpu_tune - computed: false, optional: true, required: false
  private __cpuTune?: DomainCpuTuneOutputReference;
  private get _cpuTune(): DomainCpuTuneOutputReference {
    return this.__cpuTune ??= new DomainCpuTuneOutputReference(this, "cpu_tune");
  }
  public get cpuTune() {
    return this._cpuTune;
  }
  public putCpuTune(value: DomainCpuTune) {
    if (value !== undefined || this.__cpuTune !== undefined) { this._cpuTune.internalValue = value; }
  }
  public resetCpuTune() {
    if (this.__cpuTune !== undefined) { this.__cpuTune.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get cpuTuneInput() {
    return this.__cpuTune?.internalValue;
  }

  // create - computed: false, optional: true, required: false
  private __create?: DomainCreateOutputReference;
  private get _create(): DomainCreateOutputReference {
    return this.__create ??= new DomainCreateOutputReference(this, "create");
  }
  public get create() {
    return this._create;
  }
  public putCreate(value: DomainCreate) {
    if (value !== undefined || this.__create !== undefined) { this._create.internalValue = value; }
  }
  public resetCreate() {
    if (this.__create !== undefined) { this.__create.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this.__create?.internalValue;
  }

  // current_memory - computed: false, optional: true, required: false
  private _currentMemory?: number; 
  public get currentMemory() {
    return this.getNumberAttribute('current_memory');
  }
  public set currentMemory(value: number) {
    this._currentMemory = value;
  }
  public resetCurrentMemory() {
    this._currentMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currentMemoryInput() {
    return this._currentMemory;
  }

  // current_memory_unit - computed: false, optional: true, required: false
  private _currentMemoryUnit?: string; 
  public get currentMemoryUnit() {
    return this.getStringAttribute('current_memory_unit');
  }
  public set currentMemoryUnit(value: string) {
    this._currentMemoryUnit = value;
  }
  public resetCurrentMemoryUnit() {
    this._currentMemoryUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get currentMemoryUnitInput() {
    return this._currentMemoryUnit;
  }

  // default_io_thread - computed: false, optional: true, required: false
  private __defaultIoThread?: DomainDefaultIoThreadOutputReference;
  private get _defaultIoThread(): DomainDefaultIoThreadOutputReference {
    return this.__defaultIoThread ??= new DomainDefaultIoThreadOutputReference(this, "default_io_thread");
  }
  public get defaultIoThread() {
    return this._defaultIoThread;
  }
  public putDefaultIoThread(value: DomainDefaultIoThread) {
    if (value !== undefined || this.__defaultIoThread !== undefined) { this._defaultIoThread.internalValue = value; }
  }
  public resetDefaultIoThread() {
    if (this.__defaultIoThread !== undefined) { this.__defaultIoThread.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get defaultIoThreadInput() {
    return this.__defaultIoThread?.internalValue;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // destroy - computed: false, optional: true, required: false
  private __destroy?: DomainDestroyOutputReference;
  private get _destroy(): DomainDestroyOutputReference {
    return this.__destroy ??= new DomainDestroyOutputReference(this, "destroy");
  }
  public get destroy() {
    return this._destroy;
  }
  public putDestroy(value: DomainDestroy) {
    if (value !== undefined || this.__destroy !== undefined) { this._destroy.internalValue = value; }
  }
  public resetDestroy() {
    if (this.__destroy !== undefined) { this.__destroy.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get destroyInput() {
    return this.__destroy?.internalValue;
  }

  // devices - computed: false, optional: true, required: false
  private __devices?: DomainDevicesOutputReference;
  private get _devices(): DomainDevicesOutputReference {
    return this.__devices ??= new DomainDevicesOutputReference(this, "devices");
  }
  public get devices() {
    return this._devices;
  }
  public putDevices(value: DomainDevices) {
    if (value !== undefined || this.__devices !== undefined) { this._devices.internalValue = value; }
  }
  public resetDevices() {
    if (this.__devices !== undefined) { this.__devices.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get devicesInput() {
    return this.__devices?.internalValue;
  }

  // features - computed: false, optional: true, required: false
  private __features?: DomainFeaturesOutputReference;
  private get _features(): DomainFeaturesOutputReference {
    return this.__features ??= new DomainFeaturesOutputReference(this, "features");
  }
  public get features() {
    return this._features;
  }
  public putFeatures(value: DomainFeatures) {
    if (value !== undefined || this.__features !== undefined) { this._features.internalValue = value; }
  }
  public resetFeatures() {
    if (this.__features !== undefined) { this.__features.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get featuresInput() {
    return this.__features?.internalValue;
  }

  // gen_id - computed: false, optional: true, required: false
  private _genId?: string; 
  public get genId() {
    return this.getStringAttribute('gen_id');
  }
  public set genId(value: string) {
    this._genId = value;
  }
  public resetGenId() {
    this._genId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get genIdInput() {
    return this._genId;
  }

  // hwuuid - computed: false, optional: true, required: false
  private _hwuuid?: string; 
  public get hwuuid() {
    return this.getStringAttribute('hwuuid');
  }
  public set hwuuid(value: string) {
    this._hwuuid = value;
  }
  public resetHwuuid() {
    this._hwuuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hwuuidInput() {
    return this._hwuuid;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // id_map - computed: false, optional: true, required: false
  private __idMap?: DomainIdMapOutputReference;
  private get _idMap(): DomainIdMapOutputReference {
    return this.__idMap ??= new DomainIdMapOutputReference(this, "id_map");
  }
  public get idMap() {
    return this._idMap;
  }
  public putIdMap(value: DomainIdMap) {
    if (value !== undefined || this.__idMap !== undefined) { this._idMap.internalValue = value; }
  }
  public resetIdMap() {
    if (this.__idMap !== undefined) { this.__idMap.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get idMapInput() {
    return this.__idMap?.internalValue;
  }

  // io_thread_i_ds - computed: false, optional: true, required: false
  private __ioThreadIDs?: DomainIoThreadIDsOutputReference;
  private get _ioThreadIDs(): DomainIoThreadIDsOutputReference {
    return this.__ioThreadIDs ??= new DomainIoThreadIDsOutputReference(this, "io_thread_i_ds");
  }
  public get ioThreadIDs() {
    return this._ioThreadIDs;
  }
  public putIoThreadIDs(value: DomainIoThreadIDs) {
    if (value !== undefined || this.__ioThreadIDs !== undefined) { this._ioThreadIDs.internalValue = value; }
  }
  public resetIoThreadIDs() {
    if (this.__ioThreadIDs !== undefined) { this.__ioThreadIDs.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get ioThreadIDsInput() {
    return this.__ioThreadIDs?.internalValue;
  }

  // io_threads - computed: false, optional: true, required: false
  private _ioThreads?: number; 
  public get ioThreads() {
    return this.getNumberAttribute('io_threads');
  }
  public set ioThreads(value: number) {
    this._ioThreads = value;
  }
  public resetIoThreads() {
    this._ioThreads = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ioThreadsInput() {
    return this._ioThreads;
  }

  // key_wrap - computed: false, optional: true, required: false
  private __keyWrap?: DomainKeyWrapOutputReference;
  private get _keyWrap(): DomainKeyWrapOutputReference {
    return this.__keyWrap ??= new DomainKeyWrapOutputReference(this, "key_wrap");
  }
  public get keyWrap() {
    return this._keyWrap;
  }
  public putKeyWrap(value: DomainKeyWrap) {
    if (value !== undefined || this.__keyWrap !== undefined) { this._keyWrap.internalValue = value; }
  }
  public resetKeyWrap() {
    if (this.__keyWrap !== undefined) { this.__keyWrap.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get keyWrapInput() {
    return this.__keyWrap?.internalValue;
  }

  // launch_security - computed: false, optional: true, required: false
  private __launchSecurity?: DomainLaunchSecurityOutputReference;
  private get _launchSecurity(): DomainLaunchSecurityOutputReference {
    return this.__launchSecurity ??= new DomainLaunchSecurityOutputReference(this, "launch_security");
  }
  public get launchSecurity() {
    return this._launchSecurity;
  }
  public putLaunchSecurity(value: DomainLaunchSecurity) {
    if (value !== undefined || this.__launchSecurity !== undefined) { this._launchSecurity.internalValue = value; }
  }
  public resetLaunchSecurity() {
    if (this.__launchSecurity !== undefined) { this.__launchSecurity.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get launchSecurityInput() {
    return this.__launchSecurity?.internalValue;
  }

  // lxc_namespace - computed: false, optional: true, required: false
  private __lxcNamespace?: DomainLxcNamespaceOutputReference;
  private get _lxcNamespace(): DomainLxcNamespaceOutputReference {
    return this.__lxcNamespace ??= new DomainLxcNamespaceOutputReference(this, "lxc_namespace");
  }
  public get lxcNamespace() {
    return this._lxcNamespace;
  }
  public putLxcNamespace(value: DomainLxcNamespace) {
    if (value !== undefined || this.__lxcNamespace !== undefined) { this._lxcNamespace.internalValue = value; }
  }
  public resetLxcNamespace() {
    if (this.__lxcNamespace !== undefined) { this.__lxcNamespace.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get lxcNamespaceInput() {
    return this.__lxcNamespace?.internalValue;
  }

  // maximum_memory - computed: false, optional: true, required: false
  private _maximumMemory?: number; 
  public get maximumMemory() {
    return this.getNumberAttribute('maximum_memory');
  }
  public set maximumMemory(value: number) {
    this._maximumMemory = value;
  }
  public resetMaximumMemory() {
    this._maximumMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumMemoryInput() {
    return this._maximumMemory;
  }

  // maximum_memory_slots - computed: false, optional: true, required: false
  private _maximumMemorySlots?: number; 
  public get maximumMemorySlots() {
    return this.getNumberAttribute('maximum_memory_slots');
  }
  public set maximumMemorySlots(value: number) {
    this._maximumMemorySlots = value;
  }
  public resetMaximumMemorySlots() {
    this._maximumMemorySlots = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumMemorySlotsInput() {
    return this._maximumMemorySlots;
  }

  // maximum_memory_unit - computed: false, optional: true, required: false
  private _maximumMemoryUnit?: string; 
  public get maximumMemoryUnit() {
    return this.getStringAttribute('maximum_memory_unit');
  }
  public set maximumMemoryUnit(value: string) {
    this._maximumMemoryUnit = value;
  }
  public resetMaximumMemoryUnit() {
    this._maximumMemoryUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumMemoryUnitInput() {
    return this._maximumMemoryUnit;
  }

  // memory - computed: false, optional: true, required: false
  private _memory?: number; 
  public get memory() {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  public resetMemory() {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }

  // memory_backing - computed: false, optional: true, required: false
  private __memoryBacking?: DomainMemoryBackingOutputReference;
  private get _memoryBacking(): DomainMemoryBackingOutputReference {
    return this.__memoryBacking ??= new DomainMemoryBackingOutputReference(this, "memory_backing");
  }
  public get memoryBacking() {
    return this._memoryBacking;
  }
  public putMemoryBacking(value: DomainMemoryBacking) {
    if (value !== undefined || this.__memoryBacking !== undefined) { this._memoryBacking.internalValue = value; }
  }
  public resetMemoryBacking() {
    if (this.__memoryBacking !== undefined) { this.__memoryBacking.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get memoryBackingInput() {
    return this.__memoryBacking?.internalValue;
  }

  // memory_dump_core - computed: false, optional: true, required: false
  private _memoryDumpCore?: string; 
  public get memoryDumpCore() {
    return this.getStringAttribute('memory_dump_core');
  }
  public set memoryDumpCore(value: string) {
    this._memoryDumpCore = value;
  }
  public resetMemoryDumpCore() {
    this._memoryDumpCore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryDumpCoreInput() {
    return this._memoryDumpCore;
  }

  // memory_tune - computed: false, optional: true, required: false
  private __memoryTune?: DomainMemoryTuneOutputReference;
  private get _memoryTune(): DomainMemoryTuneOutputReference {
    return this.__memoryTune ??= new DomainMemoryTuneOutputReference(this, "memory_tune");
  }
  public get memoryTune() {
    return this._memoryTune;
  }
  public putMemoryTune(value: DomainMemoryTune) {
    if (value !== undefined || this.__memoryTune !== undefined) { this._memoryTune.internalValue = value; }
  }
  public resetMemoryTune() {
    if (this.__memoryTune !== undefined) { this.__memoryTune.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get memoryTuneInput() {
    return this.__memoryTune?.internalValue;
  }

  // memory_unit - computed: false, optional: true, required: false
  private _memoryUnit?: string; 
  public get memoryUnit() {
    return this.getStringAttribute('memory_unit');
  }
  public set memoryUnit(value: string) {
    this._memoryUnit = value;
  }
  public resetMemoryUnit() {
    this._memoryUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryUnitInput() {
    return this._memoryUnit;
  }

  // metadata - computed: false, optional: true, required: false
  private __metadata?: DomainMetadataOutputReference;
  private get _metadata(): DomainMetadataOutputReference {
    return this.__metadata ??= new DomainMetadataOutputReference(this, "metadata");
  }
  public get metadata() {
    return this._metadata;
  }
  public putMetadata(value: DomainMetadata) {
    if (value !== undefined || this.__metadata !== undefined) { this._metadata.internalValue = value; }
  }
  public resetMetadata() {
    if (this.__metadata !== undefined) { this.__metadata.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get metadataInput() {
    return this.__metadata?.internalValue;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // numa_tune - computed: false, optional: true, required: false
  private __numaTune?: DomainNumaTuneOutputReference;
  private get _numaTune(): DomainNumaTuneOutputReference {
    return this.__numaTune ??= new DomainNumaTuneOutputReference(this, "numa_tune");
  }
  public get numaTune() {
    return this._numaTune;
  }
  public putNumaTune(value: DomainNumaTune) {
    if (value !== undefined || this.__numaTune !== undefined) { this._numaTune.internalValue = value; }
  }
  public resetNumaTune() {
    if (this.__numaTune !== undefined) { this.__numaTune.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get numaTuneInput() {
    return this.__numaTune?.internalValue;
  }

  // on_crash - computed: false, optional: true, required: false
  private _onCrash?: string; 
  public get onCrash() {
    return this.getStringAttribute('on_crash');
  }
  public set onCrash(value: string) {
    this._onCrash = value;
  }
  public resetOnCrash() {
    this._onCrash = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onCrashInput() {
    return this._onCrash;
  }

  // on_poweroff - computed: false, optional: true, required: false
  private _onPoweroff?: string; 
  public get onPoweroff() {
    return this.getStringAttribute('on_poweroff');
  }
  public set onPoweroff(value: string) {
    this._onPoweroff = value;
  }
  public resetOnPoweroff() {
    this._onPoweroff = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onPoweroffInput() {
    return this._onPoweroff;
  }

  // on_reboot - computed: false, optional: true, required: false
  private _onReboot?: string; 
  public get onReboot() {
    return this.getStringAttribute('on_reboot');
  }
  public set onReboot(value: string) {
    this._onReboot = value;
  }
  public resetOnReboot() {
    this._onReboot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onRebootInput() {
    return this._onReboot;
  }

  // os - computed: false, optional: true, required: false
  private __os?: DomainOsOutputReference;
  private get _os(): DomainOsOutputReference {
    return this.__os ??= new DomainOsOutputReference(this, "os");
  }
  public get os() {
    return this._os;
  }
  public putOs(value: DomainOs) {
    if (value !== undefined || this.__os !== undefined) { this._os.internalValue = value; }
  }
  public resetOs() {
    if (this.__os !== undefined) { this.__os.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get osInput() {
    return this.__os?.internalValue;
  }

  // perf - computed: false, optional: true, required: false
  private __perf?: DomainPerfOutputReference;
  private get _perf(): DomainPerfOutputReference {
    return this.__perf ??= new DomainPerfOutputReference(this, "perf");
  }
  public get perf() {
    return this._perf;
  }
  public putPerf(value: DomainPerf) {
    if (value !== undefined || this.__perf !== undefined) { this._perf.internalValue = value; }
  }
  public resetPerf() {
    if (this.__perf !== undefined) { this.__perf.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get perfInput() {
    return this.__perf?.internalValue;
  }

  // pm - computed: false, optional: true, required: false
  private __pm?: DomainPmOutputReference;
  private get _pm(): DomainPmOutputReference {
    return this.__pm ??= new DomainPmOutputReference(this, "pm");
  }
  public get pm() {
    return this._pm;
  }
  public putPm(value: DomainPm) {
    if (value !== undefined || this.__pm !== undefined) { this._pm.internalValue = value; }
  }
  public resetPm() {
    if (this.__pm !== undefined) { this.__pm.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get pmInput() {
    return this.__pm?.internalValue;
  }

  // qemu_capabilities - computed: false, optional: true, required: false
  private __qemuCapabilities?: DomainQemuCapabilitiesOutputReference;
  private get _qemuCapabilities(): DomainQemuCapabilitiesOutputReference {
    return this.__qemuCapabilities ??= new DomainQemuCapabilitiesOutputReference(this, "qemu_capabilities");
  }
  public get qemuCapabilities() {
    return this._qemuCapabilities;
  }
  public putQemuCapabilities(value: DomainQemuCapabilities) {
    if (value !== undefined || this.__qemuCapabilities !== undefined) { this._qemuCapabilities.internalValue = value; }
  }
  public resetQemuCapabilities() {
    if (this.__qemuCapabilities !== undefined) { this.__qemuCapabilities.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get qemuCapabilitiesInput() {
    return this.__qemuCapabilities?.internalValue;
  }

  // qemu_commandline - computed: false, optional: true, required: false
  private __qemuCommandline?: DomainQemuCommandlineOutputReference;
  private get _qemuCommandline(): DomainQemuCommandlineOutputReference {
    return this.__qemuCommandline ??= new DomainQemuCommandlineOutputReference(this, "qemu_commandline");
  }
  public get qemuCommandline() {
    return this._qemuCommandline;
  }
  public putQemuCommandline(value: DomainQemuCommandline) {
    if (value !== undefined || this.__qemuCommandline !== undefined) { this._qemuCommandline.internalValue = value; }
  }
  public resetQemuCommandline() {
    if (this.__qemuCommandline !== undefined) { this.__qemuCommandline.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get qemuCommandlineInput() {
    return this.__qemuCommandline?.internalValue;
  }

  // qemu_deprecation - computed: false, optional: true, required: false
  private __qemuDeprecation?: DomainQemuDeprecationOutputReference;
  private get _qemuDeprecation(): DomainQemuDeprecationOutputReference {
    return this.__qemuDeprecation ??= new DomainQemuDeprecationOutputReference(this, "qemu_deprecation");
  }
  public get qemuDeprecation() {
    return this._qemuDeprecation;
  }
  public putQemuDeprecation(value: DomainQemuDeprecation) {
    if (value !== undefined || this.__qemuDeprecation !== undefined) { this._qemuDeprecation.internalValue = value; }
  }
  public resetQemuDeprecation() {
    if (this.__qemuDeprecation !== undefined) { this.__qemuDeprecation.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get qemuDeprecationInput() {
    return this.__qemuDeprecation?.internalValue;
  }

  // qemu_override - computed: false, optional: true, required: false
  private __qemuOverride?: DomainQemuOverrideOutputReference;
  private get _qemuOverride(): DomainQemuOverrideOutputReference {
    return this.__qemuOverride ??= new DomainQemuOverrideOutputReference(this, "qemu_override");
  }
  public get qemuOverride() {
    return this._qemuOverride;
  }
  public putQemuOverride(value: DomainQemuOverride) {
    if (value !== undefined || this.__qemuOverride !== undefined) { this._qemuOverride.internalValue = value; }
  }
  public resetQemuOverride() {
    if (this.__qemuOverride !== undefined) { this.__qemuOverride.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get qemuOverrideInput() {
    return this.__qemuOverride?.internalValue;
  }

  // resource - computed: false, optional: true, required: false
  private __resource?: DomainResourceOutputReference;
  private get _resource(): DomainResourceOutputReference {
    return this.__resource ??= new DomainResourceOutputReference(this, "resource");
  }
  public get resource() {
    return this._resource;
  }
  public putResource(value: DomainResource) {
    if (value !== undefined || this.__resource !== undefined) { this._resource.internalValue = value; }
  }
  public resetResource() {
    if (this.__resource !== undefined) { this.__resource.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get resourceInput() {
    return this.__resource?.internalValue;
  }

  // running - computed: false, optional: true, required: false
  private _running?: boolean | cdktf.IResolvable; 
  public get running() {
    return this.getBooleanAttribute('running');
  }
  public set running(value: boolean | cdktf.IResolvable) {
    this._running = value;
  }
  public resetRunning() {
    this._running = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runningInput() {
    return this._running;
  }

  // sec_label - computed: false, optional: true, required: false
  private __secLabel?: DomainSecLabelList;
  private get _secLabel(): DomainSecLabelList {
    return this.__secLabel ??= new DomainSecLabelList(this, "sec_label", false);
  }
  public get secLabel() {
    return this._secLabel;
  }
  public putSecLabel(value: DomainSecLabel[] | cdktf.IResolvable) {
    if (value !== undefined || this.__secLabel !== undefined) { this._secLabel.internalValue = value; }
  }
  public resetSecLabel() {
    if (this.__secLabel !== undefined) { this.__secLabel.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get secLabelInput() {
    return this.__secLabel?.internalValue;
  }

  // sys_info - computed: false, optional: true, required: false
  private __sysInfo?: DomainSysInfoList;
  private get _sysInfo(): DomainSysInfoList {
    return this.__sysInfo ??= new DomainSysInfoList(this, "sys_info", false);
  }
  public get sysInfo() {
    return this._sysInfo;
  }
  public putSysInfo(value: DomainSysInfo[] | cdktf.IResolvable) {
    if (value !== undefined || this.__sysInfo !== undefined) { this._sysInfo.internalValue = value; }
  }
  public resetSysInfo() {
    if (this.__sysInfo !== undefined) { this.__sysInfo.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get sysInfoInput() {
    return this.__sysInfo?.internalValue;
  }

  // throttle_groups - computed: false, optional: true, required: false
  private __throttleGroups?: DomainThrottleGroupsOutputReference;
  private get _throttleGroups(): DomainThrottleGroupsOutputReference {
    return this.__throttleGroups ??= new DomainThrottleGroupsOutputReference(this, "throttle_groups");
  }
  public get throttleGroups() {
    return this._throttleGroups;
  }
  public putThrottleGroups(value: DomainThrottleGroups) {
    if (value !== undefined || this.__throttleGroups !== undefined) { this._throttleGroups.internalValue = value; }
  }
  public resetThrottleGroups() {
    if (this.__throttleGroups !== undefined) { this.__throttleGroups.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get throttleGroupsInput() {
    return this.__throttleGroups?.internalValue;
  }

  // title - computed: false, optional: true, required: false
  private _title?: string; 
  public get title() {
    return this.getStringAttribute('title');
  }
  public set title(value: string) {
    this._title = value;
  }
  public resetTitle() {
    this._title = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get titleInput() {
    return this._title;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // update - computed: false, optional: true, required: false
  private __update?: DomainUpdateOutputReference;
  private get _update(): DomainUpdateOutputReference {
    return this.__update ??= new DomainUpdateOutputReference(this, "update");
  }
  public get update() {
    return this._update;
  }
  public putUpdate(value: DomainUpdate) {
    if (value !== undefined || this.__update !== undefined) { this._update.internalValue = value; }
  }
  public resetUpdate() {
    if (this.__update !== undefined) { this.__update.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this.__update?.internalValue;
  }

  // uuid - computed: true, optional: false, required: false
  public get uuid() {
    return this.getStringAttribute('uuid');
  }

  // vcpu - computed: false, optional: true, required: false
  private _vcpu?: number; 
  public get vcpu() {
    return this.getNumberAttribute('vcpu');
  }
  public set vcpu(value: number) {
    this._vcpu = value;
  }
  public resetVcpu() {
    this._vcpu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcpuInput() {
    return this._vcpu;
  }

  // vcpu_cpuset - computed: false, optional: true, required: false
  private _vcpuCpuset?: string; 
  public get vcpuCpuset() {
    return this.getStringAttribute('vcpu_cpuset');
  }
  public set vcpuCpuset(value: string) {
    this._vcpuCpuset = value;
  }
  public resetVcpuCpuset() {
    this._vcpuCpuset = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcpuCpusetInput() {
    return this._vcpuCpuset;
  }

  // vcpu_current - computed: false, optional: true, required: false
  private _vcpuCurrent?: number; 
  public get vcpuCurrent() {
    return this.getNumberAttribute('vcpu_current');
  }
  public set vcpuCurrent(value: number) {
    this._vcpuCurrent = value;
  }
  public resetVcpuCurrent() {
    this._vcpuCurrent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcpuCurrentInput() {
    return this._vcpuCurrent;
  }

  // vcpu_placement - computed: false, optional: true, required: false
  private _vcpuPlacement?: string; 
  public get vcpuPlacement() {
    return this.getStringAttribute('vcpu_placement');
  }
  public set vcpuPlacement(value: string) {
    this._vcpuPlacement = value;
  }
  public resetVcpuPlacement() {
    this._vcpuPlacement = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcpuPlacementInput() {
    return this._vcpuPlacement;
  }

  // vcpus - computed: false, optional: true, required: false
  private __vcpus?: DomainVcpusOutputReference;
  private get _vcpus(): DomainVcpusOutputReference {
    return this.__vcpus ??= new DomainVcpusOutputReference(this, "vcpus");
  }
  public get vcpus() {
    return this._vcpus;
  }
  public putVcpus(value: DomainVcpus) {
    if (value !== undefined || this.__vcpus !== undefined) { this._vcpus.internalValue = value; }
  }
  public resetVcpus() {
    if (this.__vcpus !== undefined) { this.__vcpus.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get vcpusInput() {
    return this.__vcpus?.internalValue;
  }

  // vmware_data_center_path - computed: false, optional: true, required: false
  private _vmwareDataCenterPath?: string; 
  public get vmwareDataCenterPath() {
    return this.getStringAttribute('vmware_data_center_path');
  }
  public set vmwareDataCenterPath(value: string) {
    this._vmwareDataCenterPath = value;
  }
  public resetVmwareDataCenterPath() {
    this._vmwareDataCenterPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmwareDataCenterPathInput() {
    return this._vmwareDataCenterPath;
  }

  // xen_commandline - computed: false, optional: true, required: false
  private __xenCommandline?: DomainXenCommandlineOutputReference;
  private get _xenCommandline(): DomainXenCommandlineOutputReference {
    return this.__xenCommandline ??= new DomainXenCommandlineOutputReference(this, "xen_commandline");
  }
  public get xenCommandline() {
    return this._xenCommandline;
  }
  public putXenCommandline(value: DomainXenCommandline) {
    if (value !== undefined || this.__xenCommandline !== undefined) { this._xenCommandline.internalValue = value; }
  }
  public resetXenCommandline() {
    if (this.__xenCommandline !== undefined) { this.__xenCommandline.internalValue = undefined; }
  }
  // Temporarily expose input value. Use with caution.
  public get xenCommandlineInput() {
    return this.__xenCommandline?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      autostart: cdktf.booleanToTerraform(this._autostart),
      bhyve_commandline: domainBhyveCommandlineToTerraform(this.__bhyveCommandline?.internalValue),
      block_io_tune: domainBlockIoTuneToTerraform(this.__blockIoTune?.internalValue),
      bootloader: cdktf.stringToTerraform(this._bootloader),
      bootloader_args: cdktf.stringToTerraform(this._bootloaderArgs),
      clock: domainClockToTerraform(this.__clock?.internalValue),
      cpu: domainCpuToTerraform(this.__cpu?.internalValue),
      cpu_tune: domainCpuTuneToTerraform(this.__cpuTune?.internalValue),
      create: domainCreateToTerraform(this.__create?.internalValue),
      current_memory: cdktf.numberToTerraform(this._currentMemory),
      current_memory_unit: cdktf.stringToTerraform(this._currentMemoryUnit),
      default_io_thread: domainDefaultIoThreadToTerraform(this.__defaultIoThread?.internalValue),
      description: cdktf.stringToTerraform(this._description),
      destroy: domainDestroyToTerraform(this.__destroy?.internalValue),
      devices: domainDevicesToTerraform(this.__devices?.internalValue),
      features: domainFeaturesToTerraform(this.__features?.internalValue),
      gen_id: cdktf.stringToTerraform(this._genId),
      hwuuid: cdktf.stringToTerraform(this._hwuuid),
      id_map: domainIdMapToTerraform(this.__idMap?.internalValue),
      io_thread_i_ds: domainIoThreadIDsToTerraform(this.__ioThreadIDs?.internalValue),
      io_threads: cdktf.numberToTerraform(this._ioThreads),
      key_wrap: domainKeyWrapToTerraform(this.__keyWrap?.internalValue),
      launch_security: domainLaunchSecurityToTerraform(this.__launchSecurity?.internalValue),
      lxc_namespace: domainLxcNamespaceToTerraform(this.__lxcNamespace?.internalValue),
      maximum_memory: cdktf.numberToTerraform(this._maximumMemory),
      maximum_memory_slots: cdktf.numberToTerraform(this._maximumMemorySlots),
      maximum_memory_unit: cdktf.stringToTerraform(this._maximumMemoryUnit),
      memory: cdktf.numberToTerraform(this._memory),
      memory_backing: domainMemoryBackingToTerraform(this.__memoryBacking?.internalValue),
      memory_dump_core: cdktf.stringToTerraform(this._memoryDumpCore),
      memory_tune: domainMemoryTuneToTerraform(this.__memoryTune?.internalValue),
      memory_unit: cdktf.stringToTerraform(this._memoryUnit),
      metadata: domainMetadataToTerraform(this.__metadata?.internalValue),
      name: cdktf.stringToTerraform(this._name),
      numa_tune: domainNumaTuneToTerraform(this.__numaTune?.internalValue),
      on_crash: cdktf.stringToTerraform(this._onCrash),
      on_poweroff: cdktf.stringToTerraform(this._onPoweroff),
      on_reboot: cdktf.stringToTerraform(this._onReboot),
      os: domainOsToTerraform(this.__os?.internalValue),
      perf: domainPerfToTerraform(this.__perf?.internalValue),
      pm: domainPmToTerraform(this.__pm?.internalValue),
      qemu_capabilities: domainQemuCapabilitiesToTerraform(this.__qemuCapabilities?.internalValue),
      qemu_commandline: domainQemuCommandlineToTerraform(this.__qemuCommandline?.internalValue),
      qemu_deprecation: domainQemuDeprecationToTerraform(this.__qemuDeprecation?.internalValue),
      qemu_override: domainQemuOverrideToTerraform(this.__qemuOverride?.internalValue),
      resource: domainResourceToTerraform(this.__resource?.internalValue),
      running: cdktf.booleanToTerraform(this._running),
      sec_label: cdktf.listMapper(domainSecLabelToTerraform, false)(this.__secLabel?.internalValue),
      sys_info: cdktf.listMapper(domainSysInfoToTerraform, false)(this.__sysInfo?.internalValue),
      throttle_groups: domainThrottleGroupsToTerraform(this.__throttleGroups?.internalValue),
      title: cdktf.stringToTerraform(this._title),
      type: cdktf.stringToTerraform(this._type),
      update: domainUpdateToTerraform(this.__update?.internalValue),
      vcpu: cdktf.numberToTerraform(this._vcpu),
      vcpu_cpuset: cdktf.stringToTerraform(this._vcpuCpuset),
      vcpu_current: cdktf.numberToTerraform(this._vcpuCurrent),
      vcpu_placement: cdktf.stringToTerraform(this._vcpuPlacement),
      vcpus: domainVcpusToTerraform(this.__vcpus?.internalValue),
      vmware_data_center_path: cdktf.stringToTerraform(this._vmwareDataCenterPath),
      xen_commandline: domainXenCommandlineToTerraform(this.__xenCommandline?.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      autostart: {
        value: cdktf.booleanToHclTerraform(this._autostart),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      bhyve_commandline: {
        value: domainBhyveCommandlineToHclTerraform(this.__bhyveCommandline?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainBhyveCommandline",
      },
      block_io_tune: {
        value: domainBlockIoTuneToHclTerraform(this.__blockIoTune?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainBlockIoTune",
      },
      bootloader: {
        value: cdktf.stringToHclTerraform(this._bootloader),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bootloader_args: {
        value: cdktf.stringToHclTerraform(this._bootloaderArgs),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      clock: {
        value: domainClockToHclTerraform(this.__clock?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainClock",
      },
      cpu: {
        value: domainCpuToHclTerraform(this.__cpu?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainCpu",
      },
      cpu_tune: {
        value: domainCpuTuneToHclTerraform(this.__cpuTune?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainCpuTune",
      },
      create: {
        value: domainCreateToHclTerraform(this.__create?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainCreate",
      },
      current_memory: {
        value: cdktf.numberToHclTerraform(this._currentMemory),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      current_memory_unit: {
        value: cdktf.stringToHclTerraform(this._currentMemoryUnit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      default_io_thread: {
        value: domainDefaultIoThreadToHclTerraform(this.__defaultIoThread?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainDefaultIoThread",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      destroy: {
        value: domainDestroyToHclTerraform(this.__destroy?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainDestroy",
      },
      devices: {
        value: domainDevicesToHclTerraform(this.__devices?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainDevices",
      },
      features: {
        value: domainFeaturesToHclTerraform(this.__features?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainFeatures",
      },
      gen_id: {
        value: cdktf.stringToHclTerraform(this._genId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hwuuid: {
        value: cdktf.stringToHclTerraform(this._hwuuid),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id_map: {
        value: domainIdMapToHclTerraform(this.__idMap?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainIdMap",
      },
      io_thread_i_ds: {
        value: domainIoThreadIDsToHclTerraform(this.__ioThreadIDs?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainIoThreadIDs",
      },
      io_threads: {
        value: cdktf.numberToHclTerraform(this._ioThreads),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      key_wrap: {
        value: domainKeyWrapToHclTerraform(this.__keyWrap?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainKeyWrap",
      },
      launch_security: {
        value: domainLaunchSecurityToHclTerraform(this.__launchSecurity?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainLaunchSecurity",
      },
      lxc_namespace: {
        value: domainLxcNamespaceToHclTerraform(this.__lxcNamespace?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainLxcNamespace",
      },
      maximum_memory: {
        value: cdktf.numberToHclTerraform(this._maximumMemory),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      maximum_memory_slots: {
        value: cdktf.numberToHclTerraform(this._maximumMemorySlots),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      maximum_memory_unit: {
        value: cdktf.stringToHclTerraform(this._maximumMemoryUnit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      memory: {
        value: cdktf.numberToHclTerraform(this._memory),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory_backing: {
        value: domainMemoryBackingToHclTerraform(this.__memoryBacking?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainMemoryBacking",
      },
      memory_dump_core: {
        value: cdktf.stringToHclTerraform(this._memoryDumpCore),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      memory_tune: {
        value: domainMemoryTuneToHclTerraform(this.__memoryTune?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainMemoryTune",
      },
      memory_unit: {
        value: cdktf.stringToHclTerraform(this._memoryUnit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      metadata: {
        value: domainMetadataToHclTerraform(this.__metadata?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainMetadata",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      numa_tune: {
        value: domainNumaTuneToHclTerraform(this.__numaTune?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainNumaTune",
      },
      on_crash: {
        value: cdktf.stringToHclTerraform(this._onCrash),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      on_poweroff: {
        value: cdktf.stringToHclTerraform(this._onPoweroff),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      on_reboot: {
        value: cdktf.stringToHclTerraform(this._onReboot),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      os: {
        value: domainOsToHclTerraform(this.__os?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainOs",
      },
      perf: {
        value: domainPerfToHclTerraform(this.__perf?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainPerf",
      },
      pm: {
        value: domainPmToHclTerraform(this.__pm?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainPm",
      },
      qemu_capabilities: {
        value: domainQemuCapabilitiesToHclTerraform(this.__qemuCapabilities?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainQemuCapabilities",
      },
      qemu_commandline: {
        value: domainQemuCommandlineToHclTerraform(this.__qemuCommandline?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainQemuCommandline",
      },
      qemu_deprecation: {
        value: domainQemuDeprecationToHclTerraform(this.__qemuDeprecation?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainQemuDeprecation",
      },
      qemu_override: {
        value: domainQemuOverrideToHclTerraform(this.__qemuOverride?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainQemuOverride",
      },
      resource: {
        value: domainResourceToHclTerraform(this.__resource?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainResource",
      },
      running: {
        value: cdktf.booleanToHclTerraform(this._running),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sec_label: {
        value: cdktf.listMapperHcl(domainSecLabelToHclTerraform, false)(this.__secLabel?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DomainSecLabelList",
      },
      sys_info: {
        value: cdktf.listMapperHcl(domainSysInfoToHclTerraform, false)(this.__sysInfo?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DomainSysInfoList",
      },
      throttle_groups: {
        value: domainThrottleGroupsToHclTerraform(this.__throttleGroups?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainThrottleGroups",
      },
      title: {
        value: cdktf.stringToHclTerraform(this._title),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      update: {
        value: domainUpdateToHclTerraform(this.__update?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainUpdate",
      },
      vcpu: {
        value: cdktf.numberToHclTerraform(this._vcpu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vcpu_cpuset: {
        value: cdktf.stringToHclTerraform(this._vcpuCpuset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vcpu_current: {
        value: cdktf.numberToHclTerraform(this._vcpuCurrent),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vcpu_placement: {
        value: cdktf.stringToHclTerraform(this._vcpuPlacement),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vcpus: {
        value: domainVcpusToHclTerraform(this.__vcpus?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainVcpus",
      },
      vmware_data_center_path: {
        value: cdktf.stringToHclTerraform(this._vmwareDataCenterPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      xen_commandline: {
        value: domainXenCommandlineToHclTerraform(this.__xenCommandline?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DomainXenCommandline",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
