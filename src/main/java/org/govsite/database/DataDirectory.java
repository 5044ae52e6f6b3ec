package org.govsite.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The directory holding everything GovSite writes locally ({@code govsite.data-dir}, default {@code ./data}):
 * the embedded database, published sites, search indexes, uploaded files.
 */
@ConfigurationProperties("govsite")
public record DataDirectory(Path dataDir) {

	public DataDirectory {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
		dataDir = dataDir.toAbsolutePath().normalize();
	}

	public Path resolve(String child) {
		return dataDir.resolve(child);
	}

	/**
	 * Takes an exclusive operating-system lock on the data directory, held for the life of the process.
	 * A killed process loses its lock with it, so a restart after {@code kill -9} is never blocked.
	 */
	FileLock lockExclusively() {
		try {
			Files.createDirectories(dataDir);
			var channel = FileChannel.open(dataDir.resolve("govsite.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("The data directory " + dataDir
						+ " is in use by another running GovSite instance. Stop that instance or start this one with"
						+ " another govsite.data-dir (数据目录已被另一个 GovSite 实例占用).");
			}
			return lock;
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot lock the data directory " + dataDir + ": " + e.getMessage(), e);
		}
	}
}
