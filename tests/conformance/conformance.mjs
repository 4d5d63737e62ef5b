// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the official PubNub JavaScript SDK against the local presence server and checks what the
// SDK reports. PRESENCE_ORIGIN is a server with the default options and --no-cache;
// PRESENCE_AUTH_ORIGIN is one started with --auth-key, PRESENCE_SIGNED_ORIGIN one with
// --secret-key conformance-secret --publish-key conformance-publish. Prints "N passed, N failed"
// last.

import assert from 'node:assert/strict';
import PubNub from 'pubnub';

const origin = process.env.PRESENCE_ORIGIN;
const authOrigin = process.env.PRESENCE_AUTH_ORIGIN;
const signedOrigin = process.env.PRESENCE_SIGNED_ORIGIN;
const subscribeKey = process.env.PRESENCE_SUBSCRIBE_KEY ?? 'demo';
if (!origin || !authOrigin || !signedOrigin) {
    console.error('PRESENCE_ORIGIN, PRESENCE_AUTH_ORIGIN and PRESENCE_SIGNED_ORIGIN must name running servers, such as 127.0.0.1:8090.');
    process.exit(2);
}

let passed = 0;
let failed = 0;

async function check(name, body) {
    try {
        await body();
        passed += 1;
        console.log(`PASS ${name}`);
    } catch (error) {
        failed += 1;
        console.log(`FAIL ${name}: ${error?.stack ?? error}`);
    }
}

function client(userId, extra = {}) {
    return new PubNub({
        origin: extra.origin ?? origin,
        ssl: false,
        subscribeKey,
        publishKey: 'demo',
        userId,
        logLevel: PubNub.LogLevel.None,
        ...extra,
    });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Collects presence events and waits for one that matches.
class PresenceLog {
    constructor(pubnub) {
        this.events = [];
        this.waiters = [];
        pubnub.addListener({
            presence: (event) => {
                this.events.push(event);
                this.waiters = this.waiters.filter((waiter) => !waiter(event));
            },
        });
    }

    waitFor(description, predicate, timeoutMs = 15000) {
        const found = this.events.find(predicate);
        if (found)
            return Promise.resolve(found);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`timed out waiting for ${description}; saw ${JSON.stringify(this.events.map((e) => [e.action, e.uuid]))}`)), timeoutMs);
            this.waiters.push((event) => {
                if (!predicate(event))
                    return false;
                clearTimeout(timer);
                resolve(event);
                return true;
            });
        });
    }
}

const watcher = client('watcher');
const bob = client('bob');
const carol = client('carol', { presenceTimeout: 4 });
const log = new PresenceLog(watcher);

await check('channel groups: add, list, remove, delete', async () => {
    await watcher.channelGroups.addChannels({ channelGroup: 'conf-group', channels: ['conf-side', 'conf-extra'] });
    let listed = await watcher.channelGroups.listChannels({ channelGroup: 'conf-group' });
    assert.deepEqual([...listed.channels].sort(), ['conf-extra', 'conf-side']);
    const groups = await watcher.channelGroups.listGroups();
    assert.ok(groups.groups.includes('conf-group'));
    await watcher.channelGroups.removeChannels({ channelGroup: 'conf-group', channels: ['conf-extra'] });
    listed = await watcher.channelGroups.listChannels({ channelGroup: 'conf-group' });
    assert.deepEqual(listed.channels, ['conf-side']);
    await watcher.channelGroups.addChannels({ channelGroup: 'conf-gone', channels: ['x'] });
    await watcher.channelGroups.deleteGroup({ channelGroup: 'conf-gone' });
    const after = await watcher.channelGroups.listGroups();
    assert.ok(!after.groups.includes('conf-gone'));
});

await check('subscriber with presence sees its own join', async () => {
    watcher.subscribe({ channels: ['conf-room'], withPresence: true });
    await log.waitFor('join of watcher', (e) => e.action === 'join' && e.uuid === 'watcher' && e.channel === 'conf-room');
});

await check('join of another client', async () => {
    bob.subscribe({ channels: ['conf-room', 'conf-side'] });
    const join = await log.waitFor('join of bob', (e) => e.action === 'join' && e.uuid === 'bob');
    assert.equal(join.occupancy, 2);
});

await check('setState on one channel and a state-change event', async () => {
    const result = await bob.setState({ channels: ['conf-room'], state: { mood: 'happy' } });
    assert.deepEqual(result.state, { mood: 'happy' });
    const change = await log.waitFor('state-change of bob', (e) => e.action === 'state-change' && e.uuid === 'bob');
    assert.deepEqual(change.state, { mood: 'happy' });
});

await check('setState on several channels', async () => {
    const result = await bob.setState({ channels: ['conf-side', 'conf-other'], state: { device: 'web' } });
    // The service echoes the stored state once, not once per channel.
    assert.deepEqual(result.state, { device: 'web' });
});

await check('hereNow one channel with state', async () => {
    const result = await watcher.hereNow({ channels: ['conf-room'], includeUUIDs: true, includeState: true });
    assert.equal(result.totalChannels, 1);
    assert.equal(result.totalOccupancy, 2);
    const occupants = result.channels['conf-room'].occupants;
    const bobEntry = occupants.find((o) => o.uuid === 'bob');
    assert.deepEqual(bobEntry.state, { mood: 'happy' });
    assert.ok(occupants.some((o) => o.uuid === 'watcher'));
});

await check('hereNow one channel without user ids', async () => {
    const result = await watcher.hereNow({ channels: ['conf-room'], includeUUIDs: false });
    assert.equal(result.channels['conf-room'].occupancy, 2);
    assert.deepEqual(result.channels['conf-room'].occupants, []);
});

await check('hereNow several channels', async () => {
    const result = await watcher.hereNow({ channels: ['conf-room', 'conf-side'] });
    assert.equal(result.totalChannels, 2);
    assert.equal(result.totalOccupancy, 3);
    assert.deepEqual(result.channels['conf-side'].occupants.map((o) => o.uuid), ['bob']);
    assert.equal(result.channels['conf-side'].occupants[0].state, null);
});

await check('hereNow channel group', async () => {
    const result = await watcher.hereNow({ channelGroups: ['conf-group'], includeState: true });
    assert.equal(result.totalChannels, 1);
    assert.equal(result.channels['conf-side'].occupancy, 1);
    assert.deepEqual(result.channels['conf-side'].occupants[0].state, { device: 'web' });
});

await check('global hereNow', async () => {
    const result = await watcher.hereNow({});
    assert.ok(result.channels['conf-room']);
    assert.ok(result.channels['conf-side']);
    assert.ok(!Object.keys(result.channels).some((name) => name.endsWith('-pnpres')));
});

await check('hereNow paged with limit and offset', async () => {
    const first = await watcher.hereNow({ channels: ['conf-room'], limit: 1 });
    const second = await watcher.hereNow({ channels: ['conf-room'], limit: 1, offset: 1 });
    assert.equal(first.channels['conf-room'].occupancy, 2);
    assert.equal(first.channels['conf-room'].occupants.length, 1);
    assert.equal(second.channels['conf-room'].occupants.length, 1);
    assert.notEqual(first.channels['conf-room'].occupants[0].uuid, second.channels['conf-room'].occupants[0].uuid);
});

await check('hereNow limit above 1000 is an error', async () => {
    await assert.rejects(watcher.hereNow({ channels: ['conf-room'], limit: 1001 }), (error) => {
        assert.equal(error.status?.statusCode, 400);
        return true;
    });
});

await check('whereNow', async () => {
    const result = await watcher.whereNow({ uuid: 'bob' });
    assert.deepEqual([...result.channels].sort(), ['conf-room', 'conf-side']);
    const nobody = await watcher.whereNow({ uuid: 'nobody' });
    assert.deepEqual(nobody.channels, []);
});

await check('getState one channel', async () => {
    const result = await watcher.getState({ uuid: 'bob', channels: ['conf-room'] });
    assert.deepEqual(result.channels['conf-room'], { mood: 'happy' });
});

await check('getState several channels (SDK reads payload as the channel map)', async () => {
    // The server sends the recorded shape, payload.channels; SDK 12.0.3 takes payload itself as
    // the map, so the states it reports sit one level deeper, under "channels".
    const result = await watcher.getState({ uuid: 'bob', channels: ['conf-room', 'conf-side'] });
    assert.deepEqual(result.channels.channels, { 'conf-room': { mood: 'happy' }, 'conf-side': { device: 'web' } });
    const raw = await fetch(`http://${origin}/v2/presence/sub-key/${subscribeKey}/channel/conf-room,conf-side/uuid/bob?uuid=watcher`);
    const body = await raw.json();
    assert.deepEqual(body.payload.channels['conf-room'], { mood: 'happy' });
    assert.equal(body.uuid, 'bob');
});

await check('leave of another client', async () => {
    bob.unsubscribe({ channels: ['conf-room', 'conf-side'] });
    const leave = await log.waitFor('leave of bob', (e) => e.action === 'leave' && e.uuid === 'bob');
    assert.equal(leave.occupancy, 1);
});

await check('timeout of a client that stops without leaving', async () => {
    carol.subscribe({ channels: ['conf-room'] });
    await log.waitFor('join of carol', (e) => e.action === 'join' && e.uuid === 'carol');
    // Offline: the client stops its requests and sends no leave, so only the timeout ends it.
    carol.destroy(true);
    const timeout = await log.waitFor('timeout of carol', (e) => (e.action === 'timeout' || e.action === 'leave') && e.uuid === 'carol', 20000);
    assert.equal(timeout.action, 'timeout');
    assert.equal(timeout.occupancy, 1);
});

await check('access denied without the auth key', async () => {
    const stranger = client('stranger', { origin: authOrigin, authKey: 'wrong-key' });
    await assert.rejects(stranger.hereNow({ channels: ['locked'] }), (error) => {
        assert.equal(error.status?.category, PubNub.CATEGORIES.PNAccessDeniedCategory);
        assert.equal(error.status?.statusCode, 403);
        return true;
    });
    const member = client('member', { origin: authOrigin, authKey: 'conformance-auth' });
    const result = await member.hereNow({ channels: ['locked'] });
    assert.equal(result.totalOccupancy, 0);
});

await check('signed requests accepted, a wrong secret key rejected', async () => {
    const signer = client('signer', { origin: signedOrigin, publishKey: 'conformance-publish', secretKey: 'conformance-secret' });
    // Names with characters that the SDK encodes specially, so the signed path bytes matter.
    const channels = ["sig~room", "sig!(x)*'"];
    await signer.setState({ channels, state: { mood: 'signed' } });
    const state = await signer.getState({ uuid: 'signer', channels: [channels[0]] });
    assert.deepEqual(state.channels[channels[0]], { mood: 'signed' });
    const here = await signer.hereNow({ channels: [channels[0]] });
    assert.equal(here.totalOccupancy, 0);
    const forger = client('forger', { origin: signedOrigin, publishKey: 'conformance-publish', secretKey: 'not-the-secret' });
    await assert.rejects(forger.hereNow({ channels: ['sig-room'] }), (error) => {
        assert.equal(error.status?.statusCode, 403);
        assert.equal(error.status?.category, PubNub.CATEGORIES.PNAccessDeniedCategory);
        return true;
    });
});

watcher.destroy();
bob.destroy();
await sleep(200);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
