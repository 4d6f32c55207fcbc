package id.sinergi.infoharga.app.server;

import java.time.Instant;
import java.util.List;

/** The central server as an administrator sees it: its address, the regency, its devices, this folder's last sync. */
public record ServerStatus(String url, String regency, List<ServerDeviceInfo> devices, Instant lastSync) {
    public long waiting() {
        return devices.stream().mapToLong(ServerDeviceInfo::waiting).sum();
    }
}
