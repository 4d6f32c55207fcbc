package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.server.ServerDeviceInfo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What Perangkat needs of the central server: its devices, and accepting one there (administrators). */
public interface ServerDevicesPort {
    boolean configured() throws Exception;

    List<ServerDeviceInfo> devices(Actor admin) throws Exception;

    Optional<ServerDeviceInfo> accept(Actor admin, UUID device) throws Exception;
}
