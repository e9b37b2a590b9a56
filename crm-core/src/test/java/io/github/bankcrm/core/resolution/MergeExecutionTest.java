package io.github.bankcrm.core.resolution;

/** The merge and its undo over the in-memory ports. */
class MergeExecutionTest extends MergeExecutionContract {

  @Override
  protected MergeWorld.Ports newPorts() {
    return MergeWorld.Ports.inMemory();
  }
}
