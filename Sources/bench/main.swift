import CMalloc

// The shipped binary's allocator policy first, so the memory figures are those of `biasexplorer`.
bx_apply_memory_policy()
BenchCommand.main()
