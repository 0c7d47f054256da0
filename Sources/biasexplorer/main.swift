MemoryPolicy.apply()
CommandRunner.main()
