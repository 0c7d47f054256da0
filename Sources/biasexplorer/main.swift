import ArgumentParser

MemoryPolicy.apply()
BiasExplorer.main()
