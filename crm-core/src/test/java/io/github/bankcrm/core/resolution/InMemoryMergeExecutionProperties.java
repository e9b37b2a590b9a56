package io.github.bankcrm.core.resolution;

import net.jqwik.api.PropertyDefaults;

@PropertyDefaults(tries = 60)
class InMemoryMergeExecutionProperties extends MergeExecutionProperties {

  @Override
  protected MergeWorld.Ports newPorts() {
    return MergeWorld.Ports.inMemory();
  }
}
