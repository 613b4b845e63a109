namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>A write with a result, handed to the caller once the batch that carried it has committed.</summary>
internal sealed class RunWrite<T>(Func<RunWriteBatch, Task<T>> apply, bool awaited) : RunWrite
{
    // Continuations must not run on the writer's loop, or one caller's next step would stall every batch.
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Completion => _done.Task;

    public override bool Awaited => awaited;

    public override async Task ApplyAsync(RunWriteBatch batch) => _result = await apply(batch).ConfigureAwait(false);

    public override void Succeed() => _done.TrySetResult(_result);

    public override void Fail(Exception error) => _done.TrySetException(error);
}
