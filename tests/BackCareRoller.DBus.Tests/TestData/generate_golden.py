#!/usr/bin/python3
"""Writes golden D-Bus messages marshalled by GLib's GDBusMessage, an implementation independent of ours.

Run with the system python (python3-gi): /usr/bin/python3 generate_golden.py > golden-messages.json
Each entry: a name, the byte order, and the message bytes in hex. The C# tests hold the expected decoded form.
"""
import json

import gi
gi.require_version('Gio', '2.0')
from gi.repository import Gio, GLib  # noqa: E402

LE = Gio.DBusMessageByteOrder.LITTLE_ENDIAN
BE = Gio.DBusMessageByteOrder.BIG_ENDIAN


def blob(message, serial, order):
    message.set_serial(serial)
    message.set_byte_order(order)
    return message.to_blob(Gio.DBusCapabilityFlags.NONE).hex()


def hello():
    return Gio.DBusMessage.new_method_call('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus', 'Hello')


def notification():
    message = Gio.DBusMessage.new_signal('/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF/service000a/char000b',
                                         'org.freedesktop.DBus.Properties', 'PropertiesChanged')
    message.set_sender(':1.7')
    message.set_body(GLib.Variant('(sa{sv}as)', (
        'org.bluez.GattCharacteristic1',
        {'Value': GLib.Variant('ay', bytes([0x11, 0x00, 0x34, 0x12, 0x78, 0x56, 0x34, 0x12, 0xff, 0x7f, 0x00, 0x80]))},
        [])))
    return message


def managed_objects():
    call = Gio.DBusMessage.new_method_call('org.bluez', '/', 'org.freedesktop.DBus.ObjectManager', 'GetManagedObjects')
    call.set_serial(5)
    reply = Gio.DBusMessage.new_method_reply(call)
    reply.set_sender(':1.7')
    reply.set_destination(':1.9')
    reply.set_body(GLib.Variant('(a{oa{sa{sv}}})', ({
        '/org/bluez/hci0': {
            'org.bluez.Adapter1': {
                'Powered': GLib.Variant('b', True),
                'Address': GLib.Variant('s', '00:01:02:03:04:05'),
                'Class': GLib.Variant('u', 268),
            },
        },
    },)))
    return reply


def error():
    call = Gio.DBusMessage.new_method_call('org.bluez', '/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF', 'org.bluez.Device1', 'Connect')
    call.set_serial(5)
    reply = Gio.DBusMessage.new_method_error_literal(call, 'org.bluez.Error.Failed', 'le-connection-abort-by-local')
    reply.set_sender(':1.7')
    return reply


def every_basic_type():
    message = Gio.DBusMessage.new_signal('/com/example/Types', 'com.example.Types', 'Everything')
    message.set_sender(':1.3')
    message.set_body(GLib.Variant('(ybnqiuxtdsog(in)av)', (
        0xfe, True, -2, 0xfffe, -200000, 4000000000, -(1 << 40), (1 << 63) + 5, -1.5,
        'grüße', '/a/b_c/d1', 'a{sv}', (7, -7),
        [GLib.Variant('q', 513), GLib.Variant('as', ['x', '']), GLib.Variant('v', GLib.Variant('y', 9))])))
    return message


vectors = [
    ('hello_call', 'little', blob(hello(), 1, LE)),
    ('characteristic_value_signal', 'little', blob(notification(), 42, LE)),
    ('characteristic_value_signal_big_endian', 'big', blob(notification(), 42, BE)),
    ('managed_objects_reply', 'little', blob(managed_objects(), 6, LE)),
    ('managed_objects_reply_big_endian', 'big', blob(managed_objects(), 6, BE)),
    ('error_reply', 'little', blob(error(), 7, LE)),
    ('every_basic_type_signal', 'little', blob(every_basic_type(), 9, LE)),
    ('every_basic_type_signal_big_endian', 'big', blob(every_basic_type(), 9, BE)),
]
print(json.dumps([{'name': n, 'byte_order': o, 'hex': h} for n, o, h in vectors], indent=2))
