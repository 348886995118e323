using MlCost.Cli;

StartupProfile.Start(args);
return App.Run(args, Console.Out, Console.Error);
