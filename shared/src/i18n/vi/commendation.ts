/** The end of the year as the server words it: decisions' summary lines and list notes. */
export const commendation = {
  decisionTitle:
    'Về việc tặng {{award}} cho các tập thể, cá nhân có thành tích xuất sắc trong {{campaign}}',
  /** the council's signature block on the cover submission */
  councilCapacity: 'TM. HỘI ĐỒNG',
  heldOut: 'Tạm dừng: còn ý kiến phản ánh chưa được giải quyết khi ký quyết định',
};
