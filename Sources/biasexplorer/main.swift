import ArgumentParser

BiasExplorer.main()
