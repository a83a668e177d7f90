package org.keepalived4j.vrrp.state;

import java.util.ArrayList;
import java.util.List;

/** Records actions as short strings ("VI_1 advert 100", "VI_1 notify MASTER"), in order. */
final class RecordingSink implements ActionSink, SyncGroup.Listener {
    final List<String> actions = new ArrayList<>();

    @Override
    public void sendAdvert(VrrpInstance instance, int priority) {
        actions.add(instance.name() + " advert " + priority);
    }

    @Override
    public void addVips(VrrpInstance instance) {
        actions.add(instance.name() + " addVips");
    }

    @Override
    public void removeVips(VrrpInstance instance) {
        actions.add(instance.name() + " removeVips");
    }

    @Override
    public void sendGratuitous(VrrpInstance instance, int repeat) {
        actions.add(instance.name() + " garp " + repeat);
    }

    @Override
    public void notifyState(VrrpInstance instance, VrrpState state) {
        actions.add(instance.name() + " notify " + state.word());
    }

    @Override
    public void groupStateChanged(SyncGroup group, VrrpState state) {
        actions.add(group.name() + " group " + state.word());
    }

    @Override
    public void masterReceivedLowerPriority(VrrpInstance instance) {
        actions.add(instance.name() + " rxLowerPri");
    }

    /** Returns and clears what was recorded. */
    List<String> take() {
        List<String> copy = List.copyOf(actions);
        actions.clear();
        return copy;
    }
}
