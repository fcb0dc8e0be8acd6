using BookingWeb.Bench;

return await BenchProgram.RunAsync(args, Console.Out);
