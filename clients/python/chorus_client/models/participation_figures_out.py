from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ParticipationFiguresOut")


@_attrs_define
class ParticipationFiguresOut:
    """
    Attributes:
        absent (int):
        apologies (int):
        attendance_rate (float | None): Present out of every recorded attendance; null when none was recorded.
        claims_paid (int):
        claims_paid_on_time (int): Paid within `paidWithinDays` of submission.
        claims_submitted (int): Claims first submitted in the period.
        papers_opened_before_meeting (int):
        papers_opened_by_notice_deadline (int): Opened by the circulation's notice deadline (the board's notice period).
        papers_received (int):
        present (int):
        seats_declined (int):
        seats_offered (int): Seat assignments offered at meetings in the period.
        seats_taken (int):
    """

    absent: int
    apologies: int
    attendance_rate: float | None
    claims_paid: int
    claims_paid_on_time: int
    claims_submitted: int
    papers_opened_before_meeting: int
    papers_opened_by_notice_deadline: int
    papers_received: int
    present: int
    seats_declined: int
    seats_offered: int
    seats_taken: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absent = self.absent

        apologies = self.apologies

        attendance_rate: float | None
        attendance_rate = self.attendance_rate

        claims_paid = self.claims_paid

        claims_paid_on_time = self.claims_paid_on_time

        claims_submitted = self.claims_submitted

        papers_opened_before_meeting = self.papers_opened_before_meeting

        papers_opened_by_notice_deadline = self.papers_opened_by_notice_deadline

        papers_received = self.papers_received

        present = self.present

        seats_declined = self.seats_declined

        seats_offered = self.seats_offered

        seats_taken = self.seats_taken

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "absent": absent,
                "apologies": apologies,
                "attendanceRate": attendance_rate,
                "claimsPaid": claims_paid,
                "claimsPaidOnTime": claims_paid_on_time,
                "claimsSubmitted": claims_submitted,
                "papersOpenedBeforeMeeting": papers_opened_before_meeting,
                "papersOpenedByNoticeDeadline": papers_opened_by_notice_deadline,
                "papersReceived": papers_received,
                "present": present,
                "seatsDeclined": seats_declined,
                "seatsOffered": seats_offered,
                "seatsTaken": seats_taken,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        absent = d.pop("absent")

        apologies = d.pop("apologies")

        def _parse_attendance_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        attendance_rate = _parse_attendance_rate(d.pop("attendanceRate"))

        claims_paid = d.pop("claimsPaid")

        claims_paid_on_time = d.pop("claimsPaidOnTime")

        claims_submitted = d.pop("claimsSubmitted")

        papers_opened_before_meeting = d.pop("papersOpenedBeforeMeeting")

        papers_opened_by_notice_deadline = d.pop("papersOpenedByNoticeDeadline")

        papers_received = d.pop("papersReceived")

        present = d.pop("present")

        seats_declined = d.pop("seatsDeclined")

        seats_offered = d.pop("seatsOffered")

        seats_taken = d.pop("seatsTaken")

        participation_figures_out = cls(
            absent=absent,
            apologies=apologies,
            attendance_rate=attendance_rate,
            claims_paid=claims_paid,
            claims_paid_on_time=claims_paid_on_time,
            claims_submitted=claims_submitted,
            papers_opened_before_meeting=papers_opened_before_meeting,
            papers_opened_by_notice_deadline=papers_opened_by_notice_deadline,
            papers_received=papers_received,
            present=present,
            seats_declined=seats_declined,
            seats_offered=seats_offered,
            seats_taken=seats_taken,
        )

        participation_figures_out.additional_properties = d
        return participation_figures_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
