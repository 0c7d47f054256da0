import CMalloc

bx_apply_memory_policy()
CommandRunner.main()
