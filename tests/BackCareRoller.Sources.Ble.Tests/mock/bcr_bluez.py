# -*- coding: utf-8 -*-
'''python-dbusmock template: the stock bluez5 template plus GATT, link and adapter behaviour for BackCareRoller tests.

Run on a private bus:  DBUS_SYSTEM_BUS_ADDRESS=<address> /usr/bin/python3 -m dbusmock --template bcr_bluez.py

Everything the stock template offers (AddAdapter, AddDevice, RemoveAdapter, ... on org.bluez.Mock at /) stays.
Added on org.bluez.Mock:
  AddGattService(device o, name s, uuid s) -> o
  AddGattCharacteristic(service o, name s, uuid s, flags as, value ay) -> o
  AddBattery(device o, percentage y)
  SetConnectMode(device o, mode s)           'resolve' (default), 'fail', 'hang'
  SetGattVolatile(device o, volatile b)      True: GATT objects vanish on disconnect and come back on connect
  SetControlPoint(characteristic o)          answer each write with a BackCareRoller control-point indication
  SetControlResult(characteristic o, opcode y, result y)
  SilenceControlPoint(characteristic o)      accept writes, never indicate (a hung firmware)
  DropLink(device o)                         link loss: Connected and ServicesResolved go false
  VanishDevice(device o)                     link loss, then the device object is removed (out of range)
  PowerAdapter(adapter o, powered b)         powering off drops every link on the adapter
Characteristics implement ReadValue, WriteValue, StartNotify and StopNotify like bluetoothd; WriteValue is
reported through the mock's MethodCalled signal on the characteristic's path, so tests observe writes.
'''

import time

import dbus
from gi.repository import GLib

from dbusmock import OBJECT_MANAGER_IFACE, mockobject
from dbusmock.templates import bluez5
from dbusmock.templates.bluez5 import *  # noqa: F401,F403 (re-export the stock template's D-Bus methods)

GATT_SERVICE_IFACE = 'org.bluez.GattService1'
GATT_CHRC_IFACE = 'org.bluez.GattCharacteristic1'
BATTERY_IFACE = 'org.bluez.Battery1'
DEVICE_IFACE = bluez5.DEVICE_IFACE
ADAPTER_IFACE = bluez5.ADAPTER_IFACE
BLUEZ_MOCK_IFACE = bluez5.BLUEZ_MOCK_IFACE
RESPONSE_CODE = 0x80


def load(mock, parameters):
    bluez5.load(mock, parameters)


def _manager():
    return mockobject.objects['/']


def _bytes(value):
    return dbus.Array([dbus.Byte(b) for b in value], signature='y', variant_level=1)


def _props_changed(obj, interface, changed):
    obj.EmitSignal(dbus.PROPERTIES_IFACE, 'PropertiesChanged', 'sa{sv}as', [interface, changed, []])


def _log_call(obj, name, args):
    '''Record a call like the mock's own methods do: in GetMethodCalls and as a MethodCalled signal.'''
    obj.call_log.append((int(time.time()), name, args))
    obj.MethodCalled(name, args)


def _set(obj, interface, name, value):
    obj.props[interface][name] = value
    _props_changed(obj, interface, {name: value})


def _device_of(path):
    '''The device object a service or characteristic path belongs to.'''
    parts = str(path).split('/')
    return mockobject.objects['/'.join(parts[:5])]


def _connected(device):
    return bool(device.props[DEVICE_IFACE]['Connected'])


def _state(device):
    if not hasattr(device, 'bcr'):
        device.bcr = {'mode': 'resolve', 'volatile': False, 'gatt': [], 'pending': []}
    return device.bcr


def _export(path, interface, props, methods):
    _manager().AddObject(path, interface, props, [])
    obj = mockobject.objects[path]
    for name, fn in methods:
        obj.methods.setdefault(interface, {})[name] = (fn._dbus_in_signature, fn._dbus_out_signature, '', fn)
    _manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}', [dbus.ObjectPath(path), {interface: props}])
    return obj


def _unexport(path):
    if path not in mockobject.objects:
        return
    interfaces = list(mockobject.objects[path].props.keys())
    _manager().RemoveObject(path)
    _manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesRemoved', 'oas', [dbus.ObjectPath(path), interfaces])


# GATT characteristic methods, bound per object (bluetoothd's behaviour, simplified).

@dbus.service.method(GATT_CHRC_IFACE, in_signature='a{sv}', out_signature='ay')
def ReadValue(chrc, options):
    if not _connected(_device_of(chrc.path)):
        raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.Failed')
    return chrc.props[GATT_CHRC_IFACE]['Value']


@dbus.service.method(GATT_CHRC_IFACE, in_signature='aya{sv}', out_signature='')
def WriteValue(chrc, value, options):
    _log_call(chrc, 'WriteValue', [dbus.Array(value, signature='y'), dbus.Dictionary(options, signature='sv')])
    if not _connected(_device_of(chrc.path)):
        raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.Failed')
    control = getattr(chrc, 'control', None)
    if control is None:
        return
    if not chrc.props[GATT_CHRC_IFACE]['Notifying']:
        # SPEC 6.1: without indications enabled the device answers ATT error 0xFD.
        raise dbus.exceptions.DBusException('Operation failed with ATT error: 0xfd', name='org.bluez.Error.Failed')
    if getattr(chrc, 'silent', False):
        return
    opcode = int(value[0]) if len(value) > 0 else 0
    token = int(value[1]) if len(value) > 1 else 0
    result = control.get(opcode, 1)

    def indicate():
        if chrc.path in mockobject.objects and chrc.props[GATT_CHRC_IFACE]['Notifying']:
            _set(chrc, GATT_CHRC_IFACE, 'Value', _bytes([RESPONSE_CODE, opcode, token, result]))
        return False

    # The ATT write response goes first; the indication follows, as on a real link.
    GLib.idle_add(indicate)


@dbus.service.method(GATT_CHRC_IFACE, in_signature='', out_signature='')
def StartNotify(chrc):
    _log_call(chrc, 'StartNotify', [])
    if not _connected(_device_of(chrc.path)):
        raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.Failed')
    if not chrc.props[GATT_CHRC_IFACE]['Notifying']:
        _set(chrc, GATT_CHRC_IFACE, 'Notifying', dbus.Boolean(True, variant_level=1))


@dbus.service.method(GATT_CHRC_IFACE, in_signature='', out_signature='')
def StopNotify(chrc):
    _log_call(chrc, 'StopNotify', [])
    if chrc.props[GATT_CHRC_IFACE]['Notifying']:
        _set(chrc, GATT_CHRC_IFACE, 'Notifying', dbus.Boolean(False, variant_level=1))


# Device connection methods, replacing the stock ones on devices that have GATT objects.

@dbus.service.method(DEVICE_IFACE, in_signature='', out_signature='', async_callbacks=('ok', 'err'))
def Connect(device, ok, err):
    state = _state(device)
    _log_call(device, 'Connect', [])
    adapter = mockobject.objects[str(device.props[DEVICE_IFACE]['Adapter'])]
    if not adapter.props[ADAPTER_IFACE]['Powered']:
        err(dbus.exceptions.DBusException('Resource Not Ready', name='org.bluez.Error.NotReady'))
        return
    if state['mode'] == 'hang':
        state['pending'].append((ok, err))
        return
    if state['mode'] == 'fail':
        err(dbus.exceptions.DBusException('le-connection-abort-by-local', name='org.bluez.Error.Failed'))
        return
    if _connected(device):
        err(dbus.exceptions.DBusException('Already Connected', name='org.bluez.Error.AlreadyConnected'))
        return
    device.connected = True
    _set(device, DEVICE_IFACE, 'Connected', dbus.Boolean(True, variant_level=1))
    ok()

    def resolve():
        if device.path not in mockobject.objects or not _connected(device):
            return False
        for kind, path, props, methods in state['gatt']:
            if path not in mockobject.objects:
                _export(path, kind, props, methods)
        _set(device, DEVICE_IFACE, 'ServicesResolved', dbus.Boolean(True, variant_level=1))
        return False

    GLib.idle_add(resolve)


@dbus.service.method(DEVICE_IFACE, in_signature='', out_signature='')
def Disconnect(device):
    _log_call(device, 'Disconnect', [])
    if not _connected(device):
        raise dbus.exceptions.DBusException('Not Connected', name='org.bluez.Error.NotConnected')
    _drop(device)


def _drop(device):
    state = _state(device)
    for kind, path, props, methods in state['gatt']:
        if path in mockobject.objects and kind == GATT_CHRC_IFACE:
            chrc = mockobject.objects[path]
            if chrc.props[GATT_CHRC_IFACE]['Notifying']:
                _set(chrc, GATT_CHRC_IFACE, 'Notifying', dbus.Boolean(False, variant_level=1))
    device.connected = False
    device.props[DEVICE_IFACE]['ServicesResolved'] = dbus.Boolean(False, variant_level=1)
    device.props[DEVICE_IFACE]['Connected'] = dbus.Boolean(False, variant_level=1)
    _props_changed(device, DEVICE_IFACE, {
        'ServicesResolved': dbus.Boolean(False, variant_level=1),
        'Connected': dbus.Boolean(False, variant_level=1),
    })
    if state['volatile']:
        for kind, path, props, methods in reversed(state['gatt']):
            _unexport(path)


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='oss', out_signature='o')
def AddGattService(self, device_path, name, uuid):
    device = mockobject.objects[str(device_path)]
    path = str(device_path) + '/' + name
    props = {
        'UUID': dbus.String(uuid, variant_level=1),
        'Primary': dbus.Boolean(True, variant_level=1),
        'Device': dbus.ObjectPath(device_path, variant_level=1),
        'Includes': dbus.Array([], signature='o', variant_level=1),
    }
    state = _state(device)
    state['gatt'].append((GATT_SERVICE_IFACE, path, props, []))
    device.methods[DEVICE_IFACE]['Connect'] = ('', '', '', Connect)
    device.methods[DEVICE_IFACE]['Disconnect'] = ('', '', '', Disconnect)
    _export(path, GATT_SERVICE_IFACE, props, [])
    return dbus.ObjectPath(path)


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='ossasay', out_signature='o')
def AddGattCharacteristic(self, service_path, name, uuid, flags, value):
    device = _device_of(service_path)
    path = str(service_path) + '/' + name
    props = {
        'UUID': dbus.String(uuid, variant_level=1),
        'Service': dbus.ObjectPath(service_path, variant_level=1),
        'Value': _bytes(value),
        'Notifying': dbus.Boolean(False, variant_level=1),
        'Flags': dbus.Array(flags, signature='s', variant_level=1),
    }
    methods = [('ReadValue', ReadValue), ('WriteValue', WriteValue), ('StartNotify', StartNotify), ('StopNotify', StopNotify)]
    _state(device)['gatt'].append((GATT_CHRC_IFACE, path, props, methods))
    _export(path, GATT_CHRC_IFACE, props, methods)
    return dbus.ObjectPath(path)


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='oy', out_signature='')
def AddBattery(self, device_path, percentage):
    device = mockobject.objects[str(device_path)]
    props = {'Percentage': dbus.Byte(percentage, variant_level=1)}
    device.props[BATTERY_IFACE] = props
    _manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}', [dbus.ObjectPath(device_path), {BATTERY_IFACE: props}])


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='os', out_signature='')
def SetConnectMode(self, device_path, mode):
    if mode not in ('resolve', 'fail', 'hang'):
        raise dbus.exceptions.DBusException('mode must be resolve, fail or hang', name='org.freedesktop.DBus.Error.InvalidArgs')
    _state(mockobject.objects[str(device_path)])['mode'] = str(mode)


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='ob', out_signature='')
def SetGattVolatile(self, device_path, volatile):
    _state(mockobject.objects[str(device_path)])['volatile'] = bool(volatile)


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='o', out_signature='')
def SetControlPoint(self, chrc_path):
    mockobject.objects[str(chrc_path)].control = {}


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='o', out_signature='')
def SilenceControlPoint(self, chrc_path):
    mockobject.objects[str(chrc_path)].silent = True


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='oyy', out_signature='')
def SetControlResult(self, chrc_path, opcode, result):
    mockobject.objects[str(chrc_path)].control[int(opcode)] = int(result)


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='o', out_signature='')
def DropLink(self, device_path):
    device = mockobject.objects[str(device_path)]
    if _connected(device):
        _drop(device)


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='o', out_signature='')
def VanishDevice(self, device_path):
    device = mockobject.objects[str(device_path)]
    if _connected(device):
        _drop(device)
    for kind, path, props, methods in reversed(_state(device)['gatt']):
        _unexport(path)
    _unexport(str(device_path))


@dbus.service.method(BLUEZ_MOCK_IFACE, in_signature='ob', out_signature='')
def PowerAdapter(self, adapter_path, powered):
    adapter = mockobject.objects[str(adapter_path)]
    if not powered:
        for path, obj in list(mockobject.objects.items()):
            if path.startswith(str(adapter_path) + '/dev_') and path.count('/') == 4 and _connected(obj):
                _drop(obj)
    _set(adapter, ADAPTER_IFACE, 'Powered', dbus.Boolean(bool(powered), variant_level=1))
