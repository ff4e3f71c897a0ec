namespace Kiln.Build;

/// <summary>
/// An exclusive lock held for the life of the object: .NET takes flock(LOCK_EX) on a file opened with FileShare.None,
/// so the kernel drops it when the process ends, however it ends.
/// </summary>
public sealed class FileLock : IDisposable
{
    private readonly FileStream _file;

    private FileLock(FileStream file) => _file = file;

    /// <summary>Waits for the lock at path (created if need be), saying once what it waits for.</summary>
    public static FileLock Acquire(string path, string holder)
    {
        bool said = false;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (!said) Log.Info($"kiln: waiting for {holder}");
                said = true;
                Thread.Sleep(100);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
